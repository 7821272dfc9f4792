#!/usr/bin/env bash
# A cross-validation as a Slurm job array on a real single-node Slurm started here:
# munged with a fresh key, slurmctld and slurmd from Debian's slurm-wlm with a
# slurm.conf for this machine on free ports and a temporary state folder (nothing
# of a system Slurm is touched), packaging/slurm/submit-crossval over a tiny
# synthetic corpus, one task cancelled (scancel), the resubmission finishing only
# that fold, and `report` seeing every fold. Exit 77 (ctest: skipped) with the
# reason when Slurm is not installed or its daemons cannot start here.
#   slurm_crossval.sh EMOLENS_CLI FIXTURE_TOOL SOURCE_DIR
set -uo pipefail
cli=$1 fixture=$2 src=$3
skip() { echo "SKIPPED: $*" >&2; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
for c in munged slurmctld slurmd sbatch squeue scancel scontrol sinfo; do
  command -v "$c" >/dev/null || skip "$c is not installed (scripts/install-deps installs slurm-wlm and munge)"
done
[[ $(id -u) -eq 0 ]] || skip "slurmd must run as root to start jobs; this test runs as $(id -un)"

work=$(mktemp -d /tmp/emolens-slurm.XXXXXX)
chmod 755 "$work"
cleanup() {
  [[ -f "$work/slurm.conf" ]] && SLURM_CONF="$work/slurm.conf" scancel --quiet --user="$(id -un)" 2>/dev/null
  for pid in "$work/slurmd.pid" "$work/slurmctld.pid" "$work/munge/munged.pid"; do
    [[ -f "$pid" ]] && kill "$(cat "$pid")" 2>/dev/null
  done
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { # a port nothing listens on
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  return 1
}
ctld_port=$(free_port) && node_port=$(free_port) || skip "no free TCP port found"

mkdir -p "$work/munge" "$work/state" "$work/spool" "$work/log"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge/munge.key"
munged --key-file="$work/munge/munge.key" --socket="$work/munge/munge.socket" --pid-file="$work/munge/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed" --force 2>"$work/log/munged.err" ||
  skip "munged did not start: $(tail -n 3 "$work/log/munged.err" "$work/munge/munged.log" 2>/dev/null | tr '\n' ' ')"

host=$(hostname -s)
memory=$(awk '/MemTotal/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)
cat > "$work/slurm.conf" <<CONF
ClusterName=emolenstest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$node_port
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
SwitchType=switch/none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=emolenstest Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -f "$SLURM_CONF" -i 2>"$work/log/slurmctld.err" || skip "slurmctld did not start: $(tail -n 3 "$work/log/slurmctld.err")"
slurmd -f "$SLURM_CONF" 2>"$work/log/slurmd.err" || skip "slurmd did not start: $(tail -n 3 "$work/log/slurmd.err")"
for _ in $(seq 60); do
  [[ "$(sinfo -h -o %t 2>/dev/null)" == idle ]] && break
  sleep 0.5
done
[[ "$(sinfo -h -o %t 2>/dev/null)" == idle ]] ||
  skip "the node did not come up: $(tail -n 5 "$work/log/slurmctld.log" "$work/log/slurmd.log" 2>/dev/null | tr '\n' ' ')"
echo "slurm: $(sinfo -h -o '%P %D %t %c CPUs') on ports $ctld_port/$node_port"

corpus=$("$fixture" synthetic "$work/corpus" 3 2) || fail "the fixture corpus could not be written"
results="$work/results"
submit=("$src/packaging/slurm/submit-crossval" --cli "$cli" --sbatch --cpus-per-task=1 --sbatch --mem=500M)
options=(--corpus "$corpus" --out "$results" --models "$work/models" --epochs 1 --batch 4 --no-cache)

wait_queue() { # until nothing of ours is queued or running
  for _ in $(seq 240); do
    [[ -z "$(squeue -h -u "$(id -un)" 2>/dev/null)" ]] && return 0
    sleep 1
  done
  squeue
  fail "jobs still queued after 4 minutes"
}

# Round 1: three fold tasks, held; one is cancelled before it runs, the others released.
read -r array report < <("${submit[@]}" --sbatch --hold -- "${options[@]}") || fail "submit-crossval failed"
[[ -n "$array" && -n "$report" ]] || fail "submit-crossval printed no job ids"
scancel "${array}_1" || fail "scancel ${array}_1 failed"
scontrol release "$array" "$report" || fail "scontrol release $array $report failed"
wait_queue
fold_json=("$results"/fold-*.json)
[[ ${#fold_json[@]} -eq 2 && ! -f "$results/fold-s2.json" ]] ||
  fail "after cancelling task 1, expected folds s1 and s3, found: ${fold_json[*]##*/}"
grep -q '^s1 ' "$results/report.txt" && grep -q '^s3 ' "$results/report.txt" && ! grep -q '^s2 ' "$results/report.txt" ||
  fail "the first report does not list exactly s1 and s3: $(cat "$results/report.txt" 2>/dev/null)"

# Round 2: resubmitting runs only the missing fold; the report sees all three.
out=$("${submit[@]}" -- "${options[@]}" 2>&1) || fail "resubmission failed: $out"
grep -q "1 of 3 folds" <<<"$out" || fail "the resubmission did not submit only the missing fold: $out"
wait_queue
for fold in s1 s2 s3; do
  grep -q "^$fold " "$results/report.txt" || fail "report.txt lacks fold $fold: $(cat "$results/report.txt")"
done
"$cli" report "$results" --json | grep -q '"s2"' || fail "summary lacks s2"
echo "slurm: 3 folds as an array, one cancelled and resubmitted; report: $(grep 'mean +- sd' "$results/report.txt")"
