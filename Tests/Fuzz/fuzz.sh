#!/usr/bin/env bash
# Builds the libFuzzer targets in Tests/Fuzz/targets and runs each for a given time.
#
#   Tests/Fuzz/fuzz.sh [-t SECONDS] [-j JOBS] [-o OUT] [--build-only] [TARGET ...]
#
#   -t SECONDS    how long to run each target (default 60)
#   -j JOBS       how many targets run at the same time (default 1)
#   -o OUT        build and work directory, outside the repository (default /tmp/frontier-fuzz,
#                 or $FUZZ_OUT)
#   --build-only  build the fuzzers and stop
#   TARGET        csv npy scenario genius-xml-domain genius-xml-profile geniusweb-json (default: all)
#
# SwiftPM does not build libFuzzer binaries, so the library modules are compiled with swiftc
# (-sanitize=fuzzer,address: coverage feedback plus AddressSanitizer) into static libraries
# under OUT/lib, then each target file is linked against them into OUT/bin/fuzz-TARGET.
#
# Each run starts from the seed corpus Tests/Fuzz/corpus/TARGET (small valid files, kept in git)
# and grows a working corpus in OUT/corpus/TARGET (kept between runs, not in git). A crash,
# hang (-timeout, 10 s) or memory blow-up (-rss_limit_mb, 2048 MB, 4096 for the XML targets;
# -malloc_limit_mb, 2048 MB for one allocation)
# leaves its input in OUT/artifacts/TARGET/ and makes the script exit 1; the log of every run is
# OUT/logs/TARGET-DATE.log. Reproduce a finding with `OUT/bin/fuzz-TARGET FILE`. Leaks are
# findings too, except the one in the toolchain's FoundationXML listed in Tests/Fuzz/lsan.supp.
#
# Needs: swiftc with the libFuzzer and ASan runtimes (the swift.org Linux toolchains have them)
# and the BLAS/LAPACK development packages (`make deps`).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
jobs=1
out=${FUZZ_OUT:-/tmp/frontier-fuzz}
build_only=0
all_targets=(csv npy scenario genius-xml-domain genius-xml-profile geniusweb-json)
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        -t) seconds=$2; shift 2 ;;
        -j) jobs=$2; shift 2 ;;
        -o) out=$2; shift 2 ;;
        --build-only) build_only=1; shift ;;
        -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 64 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [ -f "Tests/Fuzz/targets/$t.swift" ] || { echo "fuzz.sh: no target $t (have: ${all_targets[*]})" >&2; exit 64; }
done

# The libFuzzer runtime ships with the swift.org Linux toolchains; say so plainly when it is missing.
if [ "$(uname)" = Linux ]; then
    rt=$(dirname "$(readlink -f "$(command -v swiftc)")")/../lib/swift/clang/lib/linux
    if ! ls "$rt"/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
        echo "fuzz.sh: this Swift toolchain has no libFuzzer runtime ($rt/libclang_rt.fuzzer-*.a); use a swift.org toolchain" >&2
        exit 69
    fi
fi

lib=$out/lib bin=$out/bin
mkdir -p "$lib" "$bin" "$out/logs"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name Frontier)
cblas=(-Xcc "-fmodule-map-file=$PWD/Sources/CBLASLAPACK/module.modulemap" -I Sources/CBLASLAPACK)

# build_module NAME "DEPENDENCIES" SOURCES...: a static library and module, rebuilt when a
# source or a dependency's library is newer than it.
build_module() {
    local name=$1 deps=$2; shift 2
    local stamp=$lib/lib$name.a newer=() d
    for d in $deps; do newer+=("$lib/lib$d.a"); done
    if [ -f "$stamp" ] && [ -z "$(find "$@" "${newer[@]}" -newer "$stamp" -print -quit)" ]; then
        return
    fi
    echo "fuzz.sh: compiling $name"
    swiftc -emit-library -static -emit-module -module-name "$name" "${flags[@]}" "${cblas[@]}" \
        -I "$lib" "$@" -emit-module-path "$lib/$name.swiftmodule" -o "$lib/lib$name.a"
}

needs_costsharing=0 needs_genius=0
for t in "${targets[@]}"; do
    case $t in scenario) needs_costsharing=1 ;; genius-*|geniusweb-*) needs_genius=1 ;; esac
done
mapfile -t pareto_sources < <(find Sources/Pareto -name '*.swift' | sort)
build_module Pareto "" "${pareto_sources[@]}"
mapfile -t pointfiles_sources < <(find Sources/PointFiles -name '*.swift' | sort)
build_module PointFiles "Pareto" "${pointfiles_sources[@]}"
if [ $needs_costsharing = 1 ]; then
    mapfile -t la_sources < <(find Sources/LinearAlgebra -name '*.swift' | sort)
    mapfile -t cs_sources < <(find Sources/CostSharing -name '*.swift' | sort)
    build_module LinearAlgebra "" "${la_sources[@]}"
    build_module CostSharing "Pareto LinearAlgebra" "${cs_sources[@]}"
fi
if [ $needs_genius = 1 ]; then
    mapfile -t genius_sources < <(find Sources/Genius -name '*.swift' | sort)
    build_module Genius "Pareto" "${genius_sources[@]}"
fi

for t in "${targets[@]}"; do
    src=Tests/Fuzz/targets/$t.swift exe=$bin/fuzz-$t
    if [ -f "$exe" ] && [ -z "$(find "$src" "$lib"/*.a -newer "$exe" -print -quit)" ]; then continue; fi
    case $t in
        csv|npy) libs=(-lPointFiles -lPareto) ;;
        scenario) libs=(-lCostSharing -lLinearAlgebra -lPareto -lblas -llapack) ;;
        *) libs=(-lGenius -lPareto) ;;
    esac
    echo "fuzz.sh: linking fuzz-$t"
    # ld.gold warns once per ASan helper symbol ("Cannot export local symbol"); harmless.
    swiftc "${flags[@]}" "${cblas[@]}" -I "$lib" -L "$lib" "$src" "${libs[@]}" -o "$exe" \
        2> >(grep -v "Cannot export local symbol" >&2)
done
[ $build_only = 0 ] || exit 0

# run TARGET: one time-limited libFuzzer run; its status is 0 when nothing was found.
run() {
    local t=$1 log
    log=$out/logs/$t-$(date +%Y%m%d-%H%M%S).log
    mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
    echo "fuzz.sh: $t for ${seconds}s, log $log"
    local start=$SECONDS status=0 rss=2048
    # FoundationXML leaks ~500 bytes per malformed document (Tests/Fuzz/lsan.supp), which adds
    # up over millions of runs: the XML targets get more room before libFuzzer calls it an OOM.
    case $t in genius-xml-*) rss=4096 ;; esac
    LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan.supp:print_suppressions=0" \
    "$bin/fuzz-$t" "$out/corpus/$t" "Tests/Fuzz/corpus/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=$rss -malloc_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" >"$log" 2>&1 || status=$?
    echo "fuzz.sh: $t ran $((SECONDS - start)) s, exit status $status" >>"$log"
    return $status
}

status=0
pids=() names=()
for t in "${targets[@]}"; do
    run "$t" & pids+=($!) names+=("$t")
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || { echo "fuzz.sh: ${names[0]}: FINDING, see $out/artifacts/${names[0]}/ and the log" >&2; status=1; }
        pids=("${pids[@]:1}") names=("${names[@]:1}")
    fi
done
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { echo "fuzz.sh: ${names[$i]}: FINDING, see $out/artifacts/${names[$i]}/ and the log" >&2; status=1; }
done
for t in "${targets[@]}"; do
    total=$(grep -h "^fuzz.sh: $t ran" "$out"/logs/"$t"-*.log 2>/dev/null | awk '{s += $4} END {print s + 0}')
    echo "fuzz.sh: $t: ${total} s of fuzzing in all logs under $out/logs"
done
exit $status
