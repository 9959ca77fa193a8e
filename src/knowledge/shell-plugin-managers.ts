// Shell plugin managers whose loaders the shell walk follows, and where their loading is documented.
export const MANAGER_SOURCES = {
  ohMyZsh: 'https://github.com/ohmyzsh/ohmyzsh/blob/master/oh-my-zsh.sh',
  antidote: 'https://antidote.sh/usage',
  zinit: 'https://github.com/zdharma-continuum/zinit#ice-modifiers',
} as const;
