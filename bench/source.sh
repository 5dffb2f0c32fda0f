# Sourced by run.sh and profile.sh (which set $repo and $work): sets $src to the code to
# benchmark. With BENCH_REV set, that is a clean `git archive` export of that revision
# (kept under $work/rev-<sha> and reused), so edits in progress in the working tree do not
# count; $sha is its commit. Without it, $src is the working tree and $sha is empty.
sha=""
src="$repo"
if [ -n "${BENCH_REV:-}" ]; then
    sha="$(git -C "$repo" rev-parse --verify "${BENCH_REV}^{commit}")"
    src="$work/rev-$sha"
    if [ ! -f "$src/Cargo.toml" ]; then
        rm -rf "$src.tmp" && mkdir -p "$src.tmp"
        git -C "$repo" archive "$sha" | tar -x -C "$src.tmp"
        mv "$src.tmp" "$src"
    fi
fi
