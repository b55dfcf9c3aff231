# Installation and Debian packages (issue 8). `cpack --config <build>/CPackConfig.cmake` makes two packages from the
# install components: `nereid` (component app: the app, desktop file, AppStream metainfo, icons) and
# `nereid-server` (component server: the server, its systemd unit and its default settings).
include(GNUInstallDirs)

set(NEREID_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(NEREID_APP_ID org.nereid.Nereid)
set(NEREID_GENERATED_PACKAGING_DIR ${PROJECT_BINARY_DIR}/packaging)

# Files that carry the version, and the gzip -9n copies Debian wants of the changelog and man pages (made at
# configure time, so the build needs nothing beyond gzip; CMake re-runs when an input changes).
configure_file(${NEREID_PACKAGING_DIR}/linux/${NEREID_APP_ID}.metainfo.xml
               ${NEREID_GENERATED_PACKAGING_DIR}/${NEREID_APP_ID}.metainfo.xml @ONLY)
function(nereid_gzip_configured input output)
    configure_file(${input} ${NEREID_GENERATED_PACKAGING_DIR}/${output} @ONLY)
    execute_process(COMMAND gzip -9nf ${NEREID_GENERATED_PACKAGING_DIR}/${output} COMMAND_ERROR_IS_FATAL ANY)
endfunction()
nereid_gzip_configured(${NEREID_PACKAGING_DIR}/debian/changelog.in changelog)
nereid_gzip_configured(${NEREID_PACKAGING_DIR}/man/nereid.1 nereid.1)
nereid_gzip_configured(${NEREID_PACKAGING_DIR}/man/nereid-server.1 nereid-server.1)

# The app.
install(TARGETS nereid RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
install(FILES ${NEREID_PACKAGING_DIR}/linux/${NEREID_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES ${NEREID_GENERATED_PACKAGING_DIR}/${NEREID_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
include(${PROJECT_SOURCE_DIR}/resources/icons.cmake)
install(FILES ${NEREID_ICON_DIR}/nereid.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
foreach(size ${NEREID_ICON_SIZES})
    install(FILES ${NEREID_ICON_DIR}/nereid-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME nereid.png COMPONENT app)
endforeach()
install(FILES ${NEREID_GENERATED_PACKAGING_DIR}/nereid.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)

# The server.
install(TARGETS nereid-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${NEREID_PACKAGING_DIR}/linux/systemd/nereid-server.service DESTINATION /lib/systemd/system
        COMPONENT server)
install(FILES ${NEREID_PACKAGING_DIR}/linux/nereid-server.default DESTINATION /etc/default RENAME nereid-server
        COMPONENT server)
install(FILES ${NEREID_GENERATED_PACKAGING_DIR}/nereid-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT server)

# Debian wants a copyright file and a changelog in each package's doc folder.
foreach(component_package app:nereid server:nereid-server)
    string(REPLACE ":" ";" pair ${component_package})
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES ${NEREID_PACKAGING_DIR}/debian/copyright ${NEREID_GENERATED_PACKAGING_DIR}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nereid)
set(CPACK_PACKAGE_VENDOR "Nereid developers")
set(CPACK_PACKAGE_CONTACT "Nereid developers <nereid@lists.nereid.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PROJECT_CONFIG_FILE ${NEREID_PACKAGING_DIR}/CPackProjectConfig.cmake)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
# Packages install under /usr whatever CMAKE_INSTALL_PREFIX says; the systemd unit and the /etc/default file have
# absolute paths, which CPack puts under its staging folder through DESTDIR.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SOURCE nereid)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins (xcb, wayland,
# offscreen) and the SQLite driver of the cache are named here. The app starts its own private server.
set(CPACK_DEBIAN_APP_PACKAGE_NAME nereid)
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "nereid-server (= ${PROJECT_VERSION}), qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_APP_DESCRIPTION "desktop explorer for machine-learning runs
Nereid shows the runs that training scripts log: their parameters, metrics,
series and notes, in a table, as a tree of namespaces and fields, and in
charts that compare runs and keep every spike. It keeps a local cache of
every run, so it works offline, and syncs with a Nereid tracking server.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME nereid-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${NEREID_PACKAGING_DIR}/debian/nereid-server/conffiles
    ${NEREID_PACKAGING_DIR}/debian/nereid-server/postinst
    ${NEREID_PACKAGING_DIR}/debian/nereid-server/prerm
    ${NEREID_PACKAGING_DIR}/debian/nereid-server/postrm)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "tracking server for Nereid, the machine-learning run explorer
nereid-server keeps the runs that training scripts log (parameters, metrics,
series) in an SQLite database and serves them to the Nereid app and the
Python client over a JSON API. The package has a systemd service that runs
it as the system user nereid with its data in /var/lib/nereid.")

include(CPack)
