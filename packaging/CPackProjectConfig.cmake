# Read by cpack at packaging time. Each Debian package's description starts with its own synopsis
# (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); CPackDeb puts the project's one-line description above it unless that line
# is CPack's default, so it is set to the default here.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
