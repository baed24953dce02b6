# Sourced by the scripts that need a local mosquitto: start_local_broker starts one on a free
# loopback port (sets $port, $broker_pid and $workdir, a temporary directory), start_demo runs
# ohmqtt-demo against it, and an EXIT trap stops both and removes the directory.

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_local_broker() {
    workdir="$(mktemp -d)"
    port=18830
    while port_in_use "$port"; do port=$((port + 1)); done
    {
        echo "listener $port 127.0.0.1"
        echo "allow_anonymous true"
        echo "log_type all"
        [ "$(id -u)" -eq 0 ] && echo "user root"
    } >"$workdir/mosquitto.conf"
    /usr/sbin/mosquitto -c "$workdir/mosquitto.conf" >>"$workdir/mosquitto.log" 2>&1 &
    broker_pid=$!
    for _ in $(seq 1 100); do
        port_in_use "$port" && break
        kill -0 "$broker_pid" 2>/dev/null || { cat "$workdir/mosquitto.log"; return 1; }
        sleep 0.05 # polling a process we do not control; bounded to five seconds
    done
    echo "== mosquitto listening on 127.0.0.1:$port"
}

# start_demo [ohmqtt-demo options...]: sample traffic into the broker, its output in the log.
start_demo() {
    build/dev/bin/ohmqtt-demo --url "mqtt://127.0.0.1:$port" "$@" >"$workdir/demo.log" 2>&1 &
    demo_pid=$!
}

# `wait` returns the signal's status: `|| true`, or errexit would end the trap before the rest.
stop_local_broker() {
    [ -n "${demo_pid:-}" ] && { kill "$demo_pid" 2>/dev/null; wait "$demo_pid" 2>/dev/null || true; }
    [ -n "${broker_pid:-}" ] && { kill "$broker_pid" 2>/dev/null; wait "$broker_pid" 2>/dev/null || true; }
    [ -n "${workdir:-}" ] && rm -rf "$workdir"
    return 0
}
trap stop_local_broker EXIT
