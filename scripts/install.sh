#!/usr/bin/env bash
# Builds rapport in release mode and installs it, with shell completions, under PREFIX
# (default: ~/.local). Usage: scripts/install.sh [PREFIX]   or   PREFIX=/usr/local scripts/install.sh
# Installs PREFIX/bin/rapport, bash, zsh and fish completions under PREFIX/share, and
# nothing else. The lexicons are built into the binary ('rapport lexicon list').
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-${PREFIX:-$HOME/.local}}"
swift build -c release --product rapport
binary="$(swift build -c release --show-bin-path)/rapport"
install -d "$prefix/bin"
install -m 0755 "$binary" "$prefix/bin/rapport"
install -d "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
"$prefix/bin/rapport" --generate-completion-script bash > "$prefix/share/bash-completion/completions/rapport"
"$prefix/bin/rapport" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_rapport"
"$prefix/bin/rapport" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/rapport.fish"
echo "installed $prefix/bin/rapport ($("$prefix/bin/rapport" --version))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
