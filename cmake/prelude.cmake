# Included before project(): refuse in-source builds, which scatter generated
# files across the source tree and make `git status` useless.
if(CMAKE_SOURCE_DIR STREQUAL CMAKE_BINARY_DIR)
  message(FATAL_ERROR
    "In-source builds are not supported. Use a build folder, e.g.\n"
    "  cmake --preset release   (or: cmake -S . -B build)\n"
    "and remove CMakeCache.txt and CMakeFiles/ from the source folder.")
endif()
