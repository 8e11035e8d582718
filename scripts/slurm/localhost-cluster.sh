#!/usr/bin/env bash
# A one-node Slurm cluster on localhost, in a folder of its own, for the Slurm test
# (Tests/RapportCoreTests/SlurmTests.swift) and for trying the recipe in docs/cluster.md.
#
#   scripts/slurm/localhost-cluster.sh start DIR   # writes DIR/slurm.conf, starts the daemons
#   scripts/slurm/localhost-cluster.sh stop DIR    # stops them (safe to call twice)
#
# After start, commands need SLURM_CONF=DIR/slurm.conf. Needs root (slurmd starts jobs as
# their user) and Debian's slurm-wlm. Authentication is auth/none where this Slurm accepts
# it (22.05 does), else a munged of its own on a socket in DIR. Exits non-zero, saying why,
# when the daemons do not come up.
set -euo pipefail

command=${1:?usage: localhost-cluster.sh start|stop DIR}
dir=${2:?usage: localhost-cluster.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

stop() {
  for name in slurmd slurmctld munged; do
    if [ -f "$dir/$name.pid" ]; then
      pid=$(cat "$dir/$name.pid")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
      fi
      rm -f "$dir/$name.pid"
    fi
  done
}

fail() {
  echo "localhost-cluster: $*" >&2
  for log in "$dir"/slurmctld.log "$dir"/slurmd.log "$dir"/munged.log; do
    [ -f "$log" ] && { echo "--- last lines of $log" >&2; tail -n 20 "$log" >&2; }
  done
  stop
  exit 1
}

if [ "$command" = stop ]; then
  stop
  exit 0
fi
[ "$command" = start ] || { echo "usage: localhost-cluster.sh start|stop DIR" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || { echo "localhost-cluster: needs root (slurmd runs jobs as their user)" >&2; exit 1; }
for tool in slurmctld slurmd sbatch squeue scontrol; do
  command -v "$tool" >/dev/null || { echo "localhost-cluster: $tool not found; install Debian's slurm-wlm" >&2; exit 1; }
done

plugins=$(dirname "$(find /usr/lib -name auth_munge.so -path '*slurm*' 2>/dev/null | head -n 1)")
cpus=$(slurmd -C | sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' | head -n 1)
memory=$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' | head -n 1)
port=$((20000 + RANDOM % 20000))
mkdir -p "$dir/state" "$dir/spool"

auth="AuthType=auth/none
CredType=cred/none"
if [ ! -f "$plugins/auth_none.so" ] || [ ! -f "$plugins/cred_none.so" ]; then
  command -v munged >/dev/null || { echo "localhost-cluster: this Slurm has no auth/none and munged is missing; install munge" >&2; exit 1; }
  dd if=/dev/urandom of="$dir/munge.key" bs=1024 count=1 status=none
  chmod 600 "$dir/munge.key"
  munged --force --key-file="$dir/munge.key" --socket="$dir/munge.socket" --pid-file="$dir/munged.pid" \
    --log-file="$dir/munged.log" --seed-file="$dir/munge.seed" || fail "munged did not start"
  auth="AuthType=auth/munge
AuthInfo=socket=$dir/munge.socket
CredType=cred/munge"
fi

cat >"$dir/slurm.conf" <<CONF
ClusterName=rapport-test
SlurmctldHost=localhost
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
$auth
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0
NodeName=localhost NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
: >"$dir/cgroup.conf"

export SLURM_CONF="$dir/slurm.conf"
slurmctld -c -f "$dir/slurm.conf" || fail "slurmctld did not start"
slurmd -N localhost -f "$dir/slurm.conf" || fail "slurmd did not start"
for _ in $(seq 1 60); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null | head -n 1 || true)
  case "$state" in
    idle* | mix* | alloc*) echo "localhost-cluster: up (node localhost $state, $cpus CPUs, port $port, $dir)"; exit 0 ;;
  esac
  sleep 0.5
done
fail "the node did not become idle within 30 s (state '${state:-none}')"
