#!/usr/bin/env bash
# Install what the test suite needs on a fresh Debian machine (run as root, or via sudo).
# Real shells, a second real Go toolchain and the tools the tests compare against.
set -euo pipefail

PACKAGES=(
  ca-certificates
  openssl          # self-signed CA for the loopback TLS module proxy in tests
  procps util-linux   # ps, mount/umount (noexec tmpfs), findmnt
  bash dash zsh fish   # real shells for the shell startup analysis tests
  busybox-static   # busybox sh for the shell tests, and the only program of the chroot targets' roots (remote probe)
  openssh-server openssh-client   # a real ssh target on 127.0.0.1 for the remote probe tests
  docker.io        # a real docker:// target (the test starts dockerd and imports a busybox root)
  bsdutils         # script(1): the pseudo-terminal for godiag hang --mode pty and the status-line tests
  golang-1.19-go   # a second, older real toolchain (Debian layout: /usr/lib/go-1.19)
  gcc libc6-dev git time   # inspect: cgo, static-pie and c-shared builds, VCS stamps, bench peak RSS
  musl-tools       # musl-gcc: a real musl-linked cgo binary for inspect's loader checks
  libcap2-bin attr # setcap/getcap and getfattr: real file capabilities for inspect --expect cap=
  rpm              # rpmbuild and rpm: a Go installed from real RPM packages for doctor --verify-toolchain
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "test dependencies present: ${PACKAGES[*]}"

# The newer real toolchain the binary and toolchain-selection tests compare against, fetched
# through the module proxy into the module cache once; the proxy sometimes refuses for a moment.
# Tests start it from a fresh HOME with GOPROXY=off: go then verifies the module against the
# checksum database's tree as of the cached lookup, so fetch once the same way (proxy on) to cache
# the tiles that verification reads.
fresh_go_version() {
  local home rc=0
  home=$(mktemp -d)
  env -i PATH="$PATH" HOME="$home" GOMODCACHE="$(go env GOMODCACHE)" GOTELEMETRY=off GOTOOLCHAIN=go1.27.3 go version >/dev/null 2>&1 || rc=$?
  rm -rf "$home"
  return "$rc"
}
for attempt in 1 2 3 4 5; do
  if GOTOOLCHAIN=go1.27.3 go version >/dev/null 2>&1 && fresh_go_version; then break; fi
  [ "$attempt" -eq 5 ] && { echo "could not fetch go1.27.3 through the module proxy" >&2; GOTOOLCHAIN=go1.27.3 go version; exit 1; }
  sleep $((attempt * 5))
done
echo "go1.27.3 toolchain present in the module cache"
