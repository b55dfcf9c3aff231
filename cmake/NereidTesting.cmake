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

# The server suites run on both backends (issue 19). A real PostgreSQL cluster, started by the postgresql_start
# fixture for the whole run (tests/support/pgcluster.sh) and stopped by postgresql_stop even when tests failed,
# serves every test of the postgresql label; each TestServer makes a database of its own on it.
set(NEREID_PGCLUSTER_STATE "${CMAKE_BINARY_DIR}/tests/pgcluster")
file(GLOB NEREID_POSTGRES_BINDIRS LIST_DIRECTORIES true /usr/lib/postgresql/*/bin)
find_program(NEREID_INITDB initdb HINTS ${NEREID_POSTGRES_BINDIRS})
if(NEREID_INITDB)
    set(NEREID_HAVE_POSTGRES ON)
else()
    set(NEREID_HAVE_POSTGRES OFF)
    message(STATUS "No PostgreSQL (initdb) found: the postgresql test label is left out (apt-get install postgresql)")
endif()

function(nereid_add_postgres_fixture)
    if(NOT NEREID_HAVE_POSTGRES OR TEST postgresql_start)
        return()
    endif()
    set(script "${PROJECT_SOURCE_DIR}/tests/support/pgcluster.sh")
    add_test(NAME postgresql_start COMMAND bash ${script} start ${NEREID_PGCLUSTER_STATE})
    add_test(NAME postgresql_stop COMMAND bash ${script} stop ${NEREID_PGCLUSTER_STATE})
    set_tests_properties(postgresql_start PROPERTIES FIXTURES_SETUP postgresql LABELS postgresql TIMEOUT 120)
    set_tests_properties(postgresql_stop PROPERTIES FIXTURES_CLEANUP postgresql LABELS postgresql TIMEOUT 120)
endfunction()

# nereid_add_server_test(NAME SOURCES... LIBS...): a test of the real server, registered as NAME (label sqlite)
# and, when PostgreSQL is installed, once more as NAME_postgresql (label postgresql) on the fixture's cluster.
# With POSTGRESQL_ONLY, only NAME_postgresql is registered (a test of what PostgreSQL alone does).
function(nereid_add_server_test name)
    cmake_parse_arguments(ARG "POSTGRESQL_ONLY" "" "SOURCES;LIBS" ${ARGN})
    if(ARG_POSTGRESQL_ONLY)
        qt_add_executable(${name} ${ARG_SOURCES})
        target_link_libraries(${name} PRIVATE nereid_config Qt6::Test ${ARG_LIBS})
    else()
        nereid_add_test(${name} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS})
        # NEREID_TEST_POSTGRES emptied: a cluster named in the caller's environment is for running by hand.
        set_tests_properties(${name} PROPERTIES LABELS sqlite
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NEREID_TEST_POSTGRES=")
    endif()
    if(NOT NEREID_HAVE_POSTGRES)
        return()
    endif()
    nereid_add_postgres_fixture()
    add_test(NAME ${name}_postgresql COMMAND ${name})
    set_tests_properties(${name}_postgresql PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NEREID_TEST_POSTGRES=;NEREID_TEST_POSTGRES_URL_FILE=${NEREID_PGCLUSTER_STATE}/url"
        TIMEOUT 300 LABELS postgresql FIXTURES_REQUIRED postgresql)
endfunction()

# nereid_label_thread_tests(NAME...): the tests of this folder whose code under test starts threads (the sync page
# reader, the run loader, the WAL checkpointer, the server's worker pool) get the label threads, which the tsan test
# preset runs under ThreadSanitizer. A server test's _postgresql twin is left out: the server code is the same.
function(nereid_label_thread_tests)
    foreach(name IN LISTS ARGN)
        set_property(TEST ${name} APPEND PROPERTY LABELS threads)
    endforeach()
endfunction()
