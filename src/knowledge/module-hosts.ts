// Which module hosts and proxies are public, and which host names no public DNS resolves:
// what the modules rules need to tell a private module (or a company proxy) from a public one.

/** Public module paths an exemption (GONOSUMDB, GOINSECURE, GONOPROXY) should never cover, each with its public page. */
export const PUBLIC_PROBE_SOURCES: Readonly<Record<string, string>> = {
  'github.com/stretchr/testify': 'https://pkg.go.dev/github.com/stretchr/testify',
  'golang.org/x/text': 'https://pkg.go.dev/golang.org/x/text',
  'google.golang.org/grpc': 'https://pkg.go.dev/google.golang.org/grpc',
  'gopkg.in/yaml.v3': 'https://pkg.go.dev/gopkg.in/yaml.v3',
  'go.uber.org/zap': 'https://pkg.go.dev/go.uber.org/zap',
  'k8s.io/api': 'https://pkg.go.dev/k8s.io/api',
  'rsc.io/quote': 'https://pkg.go.dev/rsc.io/quote',
  'gitlab.com/gitlab-org/api/client-go': 'https://pkg.go.dev/gitlab.com/gitlab-org/api/client-go',
  'bitbucket.org/creachadair/shell': 'https://pkg.go.dev/bitbucket.org/creachadair/shell',
  'cloud.google.com/go': 'https://pkg.go.dev/cloud.google.com/go',
  'go.opentelemetry.io/otel': 'https://pkg.go.dev/go.opentelemetry.io/otel',
};
export const PUBLIC_PROBES: readonly string[] = Object.keys(PUBLIC_PROBE_SOURCES);

/** Name suffixes public DNS does not resolve, each with the document that reserves or describes it. */
export const INTERNAL_TLD_SOURCES: Readonly<Record<string, string>> = {
  local: 'https://www.rfc-editor.org/rfc/rfc6762#section-3',
  internal: 'https://www.icann.org/en/board-activities-and-meetings/materials/approved-resolutions-special-meeting-of-the-icann-board-29-07-2024-en',
  intranet: 'https://www.rfc-editor.org/rfc/rfc6762#appendix-G',
  corp: 'https://www.rfc-editor.org/rfc/rfc6762#appendix-G',
  lan: 'https://www.rfc-editor.org/rfc/rfc6762#appendix-G',
  private: 'https://www.rfc-editor.org/rfc/rfc6762#appendix-G',
  localdomain: 'man:hosts(5)',
  'home.arpa': 'https://www.rfc-editor.org/rfc/rfc8375',
  test: 'https://www.rfc-editor.org/rfc/rfc6761#section-6.2',
  invalid: 'https://www.rfc-editor.org/rfc/rfc6761#section-6.4',
  localhost: 'https://www.rfc-editor.org/rfc/rfc6761#section-6.3',
};
export const INTERNAL_TLDS: readonly string[] = Object.keys(INTERNAL_TLD_SOURCES);

/** Public module proxies (a proxy not listed is taken for a private, company one), each with its own page. */
export const PUBLIC_PROXY_SOURCES: Readonly<Record<string, string>> = {
  'proxy.golang.org': 'https://proxy.golang.org/',
  'goproxy.io': 'https://goproxy.io/',
  'goproxy.cn': 'https://goproxy.cn/',
  'mirrors.aliyun.com': 'https://developer.aliyun.com/mirror/goproxy',
  'goproxy.dev': 'https://goproxy.dev/',
  'mirrors.tencent.com': 'https://mirrors.tencent.com/help/go.html',
};
export const PUBLIC_PROXY_HOSTS: readonly string[] = Object.keys(PUBLIC_PROXY_SOURCES);
