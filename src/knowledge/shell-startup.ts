// Which files each shell reads, in which order, per context — from the shells' manuals.
// Each step says where the rule comes from so a reader can check it.

export const SHELLS = ['bash', 'sh', 'zsh', 'fish', 'busybox'] as const;
export type ShellName = (typeof SHELLS)[number];
/** `login` is the interactive login shell (`bash -il`, a terminal, ssh); `login-noninteractive` is
 * `bash -lc`/`zsh -lc` (Docker `SHELL ["bash","-lc"]`, CI steps, IDE launchers). */
export const SHELL_CONTEXTS = ['login', 'interactive', 'noninteractive', 'login-noninteractive'] as const;
/** bash only: a command run over ssh (`ssh host go version`), which bash treats specially. */
export const SSH_COMMAND = 'ssh-command' as const;
export type ShellContext = (typeof SHELL_CONTEXTS)[number] | typeof SSH_COMMAND;
export const SESSION_CONTEXTS = ['cron', 'systemd-user', 'gui'] as const;
export type SessionContext = (typeof SESSION_CONTEXTS)[number];
export type Dialect = 'sh' | 'bash' | 'zsh' | 'fish';

export const DIALECT: Record<ShellName, Dialect> = { bash: 'bash', sh: 'sh', zsh: 'zsh', fish: 'fish', busybox: 'sh' };

/** How to reproduce a context by hand (and how --run-shells runs it). */
export function shellArgv(shell: ShellName, ctx: ShellContext, bin: string, script: string): string[] {
  // `login` is the interactive login shell a terminal, ssh or macOS Terminal.app starts.
  const flag = ctx === 'login' ? ['-l', '-i'] : ctx === 'interactive' ? ['-i'] : ctx === 'login-noninteractive' ? ['-l'] : [];
  if (shell === 'busybox') return [bin, 'sh', ...flag, '-c', script];
  return [bin, ...flag, '-c', script];
}

export interface Step {
  /** A fixed path, `~/` relative to HOME, or `$ZDOTDIR/`. */
  file: string;
  /** `first-of` groups: only the first existing file in the group is read. */
  group?: string;
  /** Only when this variable names a file (BASH_ENV, ENV). */
  fromVar?: string;
  /** A directory whose matching files are read in name order. */
  dirGlob?: string;
  why: string;
}

export const SOURCES = {
  bash: 'man:bash(1) INVOCATION',
  dash: 'man:dash(1) Invocation',
  zsh: 'man:zsh(1) STARTUP/SHUTDOWN FILES',
  fish: 'https://fishshell.com/docs/current/language.html#configuration-files',
  busybox: 'https://git.busybox.net/busybox/tree/shell/ash.c',
  pamEnv: 'man:pam_env.conf(5)',
  environmentD: 'man:environment.d(5)',
  systemdExec: 'man:systemd.exec(5)',
  crontab: 'man:crontab(5)',
  pathHelper: 'man:path_helper(8)',
  loginDefs: 'man:login.defs(5)',
} as const;

/** The startup sequence of one shell in one context (HOME-relative paths use `~/`). */
export function startupSteps(shell: ShellName, ctx: ShellContext, platform: NodeJS.Platform): Step[] {
  const mac = platform === 'darwin';
  switch (shell) {
    case 'bash':
      if (ctx === 'login' || ctx === 'login-noninteractive') {
        return [
          { file: '/etc/profile', why: `login shell reads /etc/profile (${SOURCES.bash})` },
          { file: '~/.bash_profile', group: 'bash-login', why: `then the first that exists of ~/.bash_profile, ~/.bash_login, ~/.profile (${SOURCES.bash})` },
          { file: '~/.bash_login', group: 'bash-login', why: 'second candidate of the login group' },
          { file: '~/.profile', group: 'bash-login', why: 'third candidate of the login group' },
        ];
      }
      if (ctx === 'interactive') {
        return [
          // Debian and macOS build bash with SYS_BASHRC; other distributions source it from ~/.bashrc.
          ...(mac ? [] : [{ file: '/etc/bash.bashrc', why: `interactive non-login bash reads the system bashrc (Debian SYS_BASHRC, ${SOURCES.bash})` }]),
          { file: '~/.bashrc', why: `interactive non-login shell reads ~/.bashrc (${SOURCES.bash})` },
        ];
      }
      if (ctx === SSH_COMMAND) {
        // shell.c: run_by_ssh (SSH_CLIENT set, SSH_SOURCE_BASHRC builds such as Debian's) or
        // stdin a network connection, and SHLVL < 2: read the system bashrc and ~/.bashrc.
        return [
          ...(mac ? [] : [{ file: '/etc/bash.bashrc', why: `bash started by sshd to run a command reads the system bashrc (${SOURCES.bash}; Debian builds with SSH_SOURCE_BASHRC)` }]),
          { file: '~/.bashrc', why: `bash started by sshd to run a command reads ~/.bashrc, non-interactive (${SOURCES.bash})` },
        ];
      }
      return [{ file: '', fromVar: 'BASH_ENV', why: `non-interactive bash reads only the file named by $BASH_ENV (${SOURCES.bash})` }];
    case 'sh':
    case 'busybox': {
      const src = shell === 'sh' ? SOURCES.dash : SOURCES.busybox;
      if (ctx === 'login' || ctx === 'login-noninteractive') {
        return [
          { file: '/etc/profile', why: `login shell reads /etc/profile (${src})` },
          { file: '~/.profile', why: `then ~/.profile (${src})` },
          { file: '', fromVar: 'ENV', why: `an interactive login shell then reads $ENV (${src})` },
        ];
      }
      if (ctx === 'interactive') return [{ file: '', fromVar: 'ENV', why: `interactive shell reads the file named by $ENV (${src})` }];
      return [];
    }
    case 'zsh': {
      const etc = (n: string) => (mac ? `/etc/${n}` : `/etc/zsh/${n}`);
      const steps: Step[] = [
        { file: etc('zshenv'), why: `every zsh reads ${etc('zshenv')} (${SOURCES.zsh}; Debian builds use /etc/zsh)` },
        { file: '$ZDOTDIR/.zshenv', why: `then $ZDOTDIR/.zshenv, ZDOTDIR defaulting to HOME (${SOURCES.zsh})` },
      ];
      const login = ctx === 'login' || ctx === 'login-noninteractive';
      if (login) steps.push({ file: etc('zprofile'), why: `login: ${etc('zprofile')}${mac ? ' (runs path_helper on macOS)' : ''}` }, { file: '$ZDOTDIR/.zprofile', why: 'login: $ZDOTDIR/.zprofile' });
      if (ctx === 'login' || ctx === 'interactive') steps.push({ file: etc('zshrc'), why: `interactive: ${etc('zshrc')}` }, { file: '$ZDOTDIR/.zshrc', why: 'interactive: $ZDOTDIR/.zshrc' });
      if (login) steps.push({ file: etc('zlogin'), why: `login: ${etc('zlogin')}` }, { file: '$ZDOTDIR/.zlogin', why: 'login: $ZDOTDIR/.zlogin' });
      return steps;
    }
    case 'fish':
      // fish reads the same files in every mode; `status is-interactive`/`is-login` select inside them.
      return [
        { file: '', dirGlob: '~/.config/fish/conf.d/*.fish', why: `conf.d snippets of the user, then vendor and system, by file name; a user file shadows a same-named system one (${SOURCES.fish})` },
        { file: '', dirGlob: '/etc/fish/conf.d/*.fish', why: 'system conf.d snippets' },
        { file: '/etc/fish/config.fish', why: `then the system config.fish (${SOURCES.fish})` },
        { file: '~/.config/fish/config.fish', why: `then the user's config.fish (${SOURCES.fish})` },
      ];
  }
}

/** Where a Go setup block belongs so that this context sees it. */
export function fixFileFor(shell: ShellName, ctx: ShellContext, existing: (p: string) => boolean, home: string, zdotdir: string): string {
  switch (shell) {
    case 'bash': {
      if (ctx === 'interactive') return `${home}/.bashrc`;
      if (ctx === 'noninteractive') return `${home}/.profile`; // and point BASH_ENV at it where needed
      // login (interactive or not): the first login file that exists, below.
      for (const f of ['.bash_profile', '.bash_login', '.profile']) if (existing(`${home}/${f}`)) return `${home}/${f}`;
      return `${home}/.profile`;
    }
    case 'sh':
    case 'busybox':
      return `${home}/.profile`;
    case 'zsh':
      return `${zdotdir}/.zshenv`;
    case 'fish':
      return `${home}/.config/fish/conf.d/go.fish`;
  }
}
