# Runs the import fuzzer for SECONDS from the seed corpus in SEEDS; fails, naming the input
# that broke it, on a crash, a sanitizer finding, a hang (-timeout) or memory beyond the limit.
if(NOT EXISTS "${FUZZER}")
    message(FATAL_ERROR "${FUZZER} was not built (the fuzz tree is built with the rest of the build)")
endif()
# Short allocation stacks and a small quarantine keep the run fast and its memory honest;
# failures are still reported with their stacks.
set(ENV{ASAN_OPTIONS} "malloc_context_size=4:quarantine_size_mb=32:detect_leaks=1")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
execute_process(
    COMMAND "${FUZZER}"
        -max_total_time=${SECONDS}
        -max_len=16384
        -rss_limit_mb=1024
        -malloc_limit_mb=512
        -timeout=10
        -print_final_stats=1
        -dict=${DICTIONARY}
        -artifact_prefix=${WORK}/
        "${WORK}/corpus" "${SEEDS}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${output}")
message(STATUS "${runs}")
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK}/crash-*" "${WORK}/timeout-*" "${WORK}/oom-*" "${WORK}/leak-*")
    string(LENGTH "${output}" length)
    if(length GREATER 6000)
        math(EXPR start "${length} - 6000")
        string(SUBSTRING "${output}" ${start} 6000 output)
    endif()
    message(FATAL_ERROR "the fuzzer found a failing input (exit ${result}): ${artifacts}\n${output}")
endif()
