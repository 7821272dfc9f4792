# Installation and the Debian package (scripts/package runs `cpack` in the build folder):
# the binaries, the bundled model and demo clip, the desktop entry with its icon,
# AppStream metadata, MIME types for model and annotation files, man pages made
# from --help by help2man, the Debian changelog and machine-readable copyright.
include(GNUInstallDirs)

# EMOLENS_APP_ID (the top CMakeLists.txt): the reverse-DNS id of the desktop entry, icon and
# AppStream component. It follows the project's homepage, a placeholder (example.invalid)
# until EmoLens has a domain.
set(EMOLENS_DEB_RELEASE 1)
set(EMOLENS_DEB_VERSION "${PROJECT_VERSION}-${EMOLENS_DEB_RELEASE}")
set(pkg "${CMAKE_CURRENT_BINARY_DIR}/packaging")
set(doc "${CMAKE_INSTALL_DATADIR}/doc/emolens") # Debian's path, whatever the project is called

# Directories 0755 in the package, whatever the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

configure_file("${CMAKE_CURRENT_LIST_DIR}/emolens.desktop.in" "${pkg}/${EMOLENS_APP_ID}.desktop" @ONLY)
configure_file("${CMAKE_CURRENT_LIST_DIR}/emolens.metainfo.xml.in" "${pkg}/${EMOLENS_APP_ID}.metainfo.xml" @ONLY)
configure_file("${CMAKE_CURRENT_LIST_DIR}/changelog.in" "${pkg}/changelog.Debian" @ONLY)

install(FILES "${pkg}/${EMOLENS_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${pkg}/${EMOLENS_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/emolens.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${EMOLENS_APP_ID}.svg")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/emolens-mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "emolens.xml")
# For emolens-cli (the GUI has them built in): `emolens-cli predict --model
# /usr/share/emolens/models/... /usr/share/emolens/demo/...`.
install(FILES resources/models/emodb-4class-heldout-03.emolens DESTINATION "${CMAKE_INSTALL_DATADIR}/emolens/models")
install(FILES resources/demo/emodb-03-demo.wav DESTINATION "${CMAKE_INSTALL_DATADIR}/emolens/demo")
# Their provenance and attribution, with the rest of the documentation.
install(FILES resources/models/README.md DESTINATION "${doc}" RENAME README.model.md)
install(FILES resources/demo/README.md DESTINATION "${doc}" RENAME README.demo.md)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/copyright" DESTINATION "${doc}")
install(FILES README.md DESTINATION "${doc}")
install(DIRECTORY docs/ DESTINATION "${doc}/docs" FILES_MATCHING PATTERN "*.md" PATTERN "results" EXCLUDE
        PATTERN "interop" EXCLUDE PATTERN "screenshots" EXCLUDE)

# gzip -9n: compressed as Debian wants, without a time stamp (reproducible).
find_program(EMOLENS_GZIP gzip REQUIRED)
add_custom_command(OUTPUT "${pkg}/changelog.Debian.gz"
  COMMAND "${EMOLENS_GZIP}" -9nkf "${pkg}/changelog.Debian"
  DEPENDS "${CMAKE_CURRENT_LIST_DIR}/changelog.in"
  COMMENT "Compressing the Debian changelog" VERBATIM)
set(packaging_outputs "${pkg}/changelog.Debian.gz")
install(FILES "${pkg}/changelog.Debian.gz" DESTINATION "${doc}")

# Man pages from the programs' own --help, so they cannot drift from them.
find_program(EMOLENS_HELP2MAN help2man)
if(EMOLENS_HELP2MAN)
  set(man_env "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen)
  add_custom_command(OUTPUT "${pkg}/emolens-cli.1.gz"
    COMMAND "${CMAKE_COMMAND}" -DCLI=$<TARGET_FILE:emolens-cli> "-DOUT=${pkg}/emolens-cli.h2m"
            -P "${CMAKE_CURRENT_LIST_DIR}/man-commands.cmake"
    COMMAND ${man_env} "${EMOLENS_HELP2MAN}" --no-info --section=1 --version-string=${PROJECT_VERSION}
            "--name=speech emotion recognition workbench, headless" "--include=${pkg}/emolens-cli.h2m"
            "--output=${pkg}/emolens-cli.1" $<TARGET_FILE:emolens-cli>
    COMMAND "${EMOLENS_GZIP}" -9nf "${pkg}/emolens-cli.1"
    DEPENDS emolens-cli "${CMAKE_CURRENT_LIST_DIR}/man-commands.cmake"
    COMMENT "Writing the emolens-cli man page with help2man" VERBATIM)
  list(APPEND packaging_outputs "${pkg}/emolens-cli.1.gz")
  install(FILES "${pkg}/emolens-cli.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
  if(EMOLENS_BUILD_GUI)
    file(WRITE "${pkg}/emolens.h2m"
         "[SEE ALSO]\n\\fBemolens-cli\\fR(1) runs every step without a display. "
         "The full documentation is in /usr/share/doc/emolens.\n")
    add_custom_command(OUTPUT "${pkg}/emolens.1.gz"
      COMMAND ${man_env} "${EMOLENS_HELP2MAN}" --no-info --section=1 --version-string=${PROJECT_VERSION}
              "--name=speech emotion recognition workbench" "--include=${pkg}/emolens.h2m"
              "--output=${pkg}/emolens.1" $<TARGET_FILE:emolens>
      COMMAND "${EMOLENS_GZIP}" -9nf "${pkg}/emolens.1"
      DEPENDS emolens
      COMMENT "Writing the emolens man page with help2man" VERBATIM)
    list(APPEND packaging_outputs "${pkg}/emolens.1.gz")
    install(FILES "${pkg}/emolens.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
  endif()
else()
  message(STATUS "help2man not found: no man pages (scripts/install-deps installs it; scripts/package needs it)")
endif()
add_custom_target(emolens_packaging_files ALL DEPENDS ${packaging_outputs})

set(CPACK_PACKAGE_NAME "emolens")
set(CPACK_PACKAGE_VENDOR "EmoLens developers")
set(CPACK_PACKAGE_CONTACT "EmoLens developers <emolens@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "speech emotion recognition workbench")
# The body under the summary line (CPACK_PACKAGE_DESCRIPTION_SUMMARY).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "EmoLens implements the attention-pooling CNN of Li et al. (Interspeech 2018)\n"
    "for speech emotion recognition and shows where the model listens: spectrograms\n"
    "with bottom-up and per-class top-down attention heatmaps, segment and\n"
    "utterance predictions. It browses and relabels IEMOCAP-style sessions, trains\n"
    "leave-one-speaker-out folds with the paper's schedule and reports WA and UA,\n"
    "exchanges labels with Praat and ELAN, and writes HTML reports.\n"
    "emolens-cli runs every step without a display. A model trained on EmoDB and\n"
    "a demo clip are included.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${EMOLENS_DEB_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Runtime libraries are found with dpkg-shlibdeps, so the .deb names the exact Debian packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, but needed: Play crashed without GStreamer's plugins (Qt Multimedia's backend).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
# Without OpenBLAS LibTorch falls back to the reference BLAS (about 30x slower); the CJK font
# renders the zh_CN interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-pthread, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "praat, chromium | www-browser")
set(CPACK_GENERATOR "DEB")
include(CPack)
