#!/usr/bin/env bash
# scripts/crossval-run in a scratch git repository over a tiny synthetic corpus:
#  1. --jobs 2 --commit: every fold trained once, each committed on its own as it finished,
#     nothing left uncommitted;
#  2. the process training a fold interrupted while the other job goes on: the run ends non-zero and
#     says which fold stopped; the same command again finishes what is left.
#   crossval_run.sh EMOLENS_CLI FIXTURE_TOOL SOURCE_DIR
set -uo pipefail
cli=$(realpath "$1") fixture=$(realpath "$2") src=$(realpath "$3")
fail() { echo "FAILED: $*" >&2; exit 1; }
command -v git >/dev/null || { echo "SKIPPED: git is not installed" >&2; exit 77; }
work=$(mktemp -d /tmp/emolens-cvrun.XXXXXX)
trap 'pkill -P $$ 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/repo/scripts"
cp "$src/scripts/crossval-run" "$work/repo/scripts/"
cd "$work/repo" || fail "no scratch repository"
git init -q && git config user.email test@emolens.invalid && git config user.name test &&
    git commit -q --allow-empty -m base || fail "git init"
spec=$("$fixture" synthetic "$work/corpus" 4 2 | tail -n 1)
[[ $spec == csv:* ]] || fail "fixture said '$spec'"
run() { # results folder, epochs
    scripts/crossval-run --cli "$cli" --out "$1" --models "$work/models-$(basename "$1")" --commit --nice 0 \
        --jobs 2 -- --corpus "$spec" --epochs "$2" --threads 1 --no-cache
}

# 1. Two jobs, four folds.
run results/a 1 > "$work/a.log" 2>&1 || { cat "$work/a.log"; fail "run a exited $?"; }
for s in s1 s2 s3 s4; do
    [[ -f results/a/fold-$s.json ]] || fail "no result for fold $s"
    trained=$(grep -c -- "-> results/a/fold-$s.json" "$work/a.log")
    [[ $trained == 1 ]] || fail "fold $s trained $trained times"
done
commits=$(git log --oneline | grep -c "Results a: fold")
[[ $commits == 4 ]] || fail "$commits fold commits, not 4: $(git log --oneline)"
[[ -z $(git status --porcelain -- results) ]] || fail "left uncommitted: $(git status --porcelain)"
git show --stat HEAD | grep -q "results/a/summary.json" || fail "the last commit lacks summary.json"

# 2. The process training fold s1 (the holder its lock names) interrupted while the other
#    job goes on. That job may still take s1 up once the lock is free; either way the run
#    ends non-zero and names s1, and the rerun finishes whatever is left.
run results/b 12 > "$work/b.log" 2>&1 &
runner=$!
victim=""
for _ in $(seq 600); do
    victim=$(sed -n 's/^process \([0-9][0-9]*\) .*/\1/p' "$work/models-b/fold-s1.lock" 2>/dev/null)
    [[ -n $victim ]] && grep -q "\[s1\] epoch" "$work/b.log" && break
    victim=""
    sleep 0.1
done
[[ -n $victim ]] || { cat "$work/b.log"; fail "fold s1 never started"; }
kill -INT "$victim"
wait "$runner"
status=$?
[[ $status != 0 ]] || { cat "$work/b.log"; fail "the run ended 0 with fold s1 interrupted"; }
grep -q "crossval-run: fold s1 stopped (exit" "$work/b.log" || { cat "$work/b.log"; fail "no word of fold s1"; }
left=1
if [[ -f results/b/fold-s1.json ]]; then # the other job took it up after the interrupt
    trained=$(grep -c -- "-> results/b/fold-s1.json" "$work/b.log")
    [[ $trained == 1 ]] || { cat "$work/b.log"; fail "fold s1 has a result, trained $trained times"; }
    left=0
fi
for s in s2 s3 s4; do
    [[ -f results/b/fold-$s.json ]] || { cat "$work/b.log"; fail "fold $s did not finish beside the interrupted one"; }
done
run results/b 12 > "$work/b2.log" 2>&1 || { cat "$work/b2.log"; fail "the rerun exited $?"; }
[[ -f results/b/fold-s1.json ]] || fail "the rerun did not finish fold s1"
trained=$(grep -c -- "-> results/b/fold-" "$work/b2.log")
[[ $trained == "$left" ]] || fail "the rerun trained $trained folds, not $left"
echo "crossval-run: two jobs, commits, an interrupted fold and its rerun: passed"
