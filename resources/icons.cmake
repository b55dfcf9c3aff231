# The app icon: the hand-drawn SVG and the PNG sizes desktops use (render-icons.sh makes them from the SVG). The
# views embed the PNGs as resources under :/icons, the packages install all of them; both take the list from here.
set(NEREID_ICON_DIR ${CMAKE_CURRENT_LIST_DIR}/icons)
set(NEREID_ICON_SIZES 16 24 32 48 64 128 256)
set(NEREID_ICON_FILES)
foreach(size ${NEREID_ICON_SIZES})
    list(APPEND NEREID_ICON_FILES ${NEREID_ICON_DIR}/nereid-${size}.png)
endforeach()
