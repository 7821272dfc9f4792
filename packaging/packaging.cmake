# Installation extras and the Debian package: `cpack -G DEB` in the build folder.
include(GNUInstallDirs)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/emolens.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES README.md DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_PACKAGE_NAME "emolens")
set(CPACK_PACKAGE_VENDOR "EmoLens")
set(CPACK_PACKAGE_CONTACT "EmoLens developers <emolens@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Runtime libraries are found with dpkg-shlibdeps, so the .deb names the exact Debian packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-pthread, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_GENERATOR "DEB")
include(CPack)
