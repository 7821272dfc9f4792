# Project-wide build settings. Included right after project().

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  # Researchers run long jobs: an unoptimised build by accident costs hours.
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
  set_property(CACHE CMAKE_BUILD_TYPE PROPERTY STRINGS Debug Release RelWithDebInfo MinSizeRel)
endif()

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

option(EMOLENS_USE_CCACHE "Use ccache when it is installed" ON)
if(EMOLENS_USE_CCACHE)
  find_program(EMOLENS_CCACHE ccache)
  if(EMOLENS_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${EMOLENS_CCACHE}")
    message(STATUS "EmoLens: using ccache (${EMOLENS_CCACHE})")
  endif()
endif()

# Warnings for our own targets only (third-party headers are SYSTEM includes).
function(emolens_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  endif()
endfunction()

# Every Qt target: Qt's `slots`/`signals`/`emit` macros clash with torch headers.
function(emolens_qt_target target)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
  emolens_set_warnings(${target})
endfunction()
