declare const __GODIAG_VERSION__: string | undefined;

/** Injected by the bundler; tests that run from source see the dev marker. */
export const VERSION: string = typeof __GODIAG_VERSION__ === 'string' ? __GODIAG_VERSION__ : '0.0.0-dev';
