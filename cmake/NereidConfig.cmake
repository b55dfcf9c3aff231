# Compile settings every Nereid target shares (one place, as qBittorrent's CommonConfig does).
add_library(nereid_config INTERFACE)
target_compile_features(nereid_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(nereid_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    NEREID_VERSION="${PROJECT_VERSION}")
target_compile_options(nereid_config INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>)

# nereid_strict_conversions(TARGET): GCC's -Wconversion (an implicit conversion that may change a value) for the
# libraries that read bytes from outside and compute with numbers: core/, the models, the server. Widgets and tests
# convert between Qt's int geometry and qreal on every other line, where the warning would only ask for casts.
# GCC's only: clang's -Wconversion also takes in -Wsign-conversion, which Qt's qsizetype API would flood.
function(nereid_strict_conversions target)
    target_compile_options(${target} PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Wconversion>)
endfunction()

# nereid_include_root(TARGET FOLDER): TARGET's headers are included as "FOLDER/name.h" by TARGET itself and by the
# targets that link it, and by no other. Each library gets an include folder of its own in the build tree that holds
# one link, FOLDER, to its sources; a folder holding every part's sources would let any part include any other. So the
# build refuses a view that includes "cache/cache.h": views link the models only (see models/CMakeLists.txt).
function(nereid_include_root target folder)
    set(root "${CMAKE_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${root}")
    if(NOT IS_SYMLINK "${root}/${folder}")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${folder}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
