# nereid_add_test(NAME SOURCES... LIBS...): one Qt Test class, one executable, one ctest entry.
function(nereid_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE nereid_config Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endfunction()

# nereid_add_benchmark(NAME SOURCES... LIBS...): built with the tests, never run by plain ctest.
function(nereid_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE nereid_config Qt6::Test ${ARG_LIBS})
endfunction()
