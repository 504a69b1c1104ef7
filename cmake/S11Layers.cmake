# The layers of s11, each a folder and a static library that links only the layers below it.
#
# A layer's headers are reached as "layer/name.h" through an include root of its own in the
# build tree, holding one link: <root>/<layer> -> the layer's source folder. A target sees the
# roots of the layers it links and no others, so an include from a layer above (or beside)
# fails to compile. tests/architecture_test.cpp checks the same table in the sources.
#
#   s11_add_layer(NAME [LINKS layer...] [PRIVATE target...])
function(s11_add_layer layer)
  cmake_parse_arguments(LAYER "" "" "LINKS;PRIVATE" ${ARGN})
  set(root "${PROJECT_BINARY_DIR}/include/${layer}")
  file(MAKE_DIRECTORY "${root}")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${layer}" "${root}/${layer}" SYMBOLIC)
  file(GLOB sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/${layer}/*.cpp")
  set(links s11_options)
  foreach(below IN LISTS LAYER_LINKS)
    list(APPEND links s11_${below})
  endforeach()
  if(sources)
    add_library(s11_${layer} STATIC ${sources})
    target_include_directories(s11_${layer} PUBLIC "${root}")
    target_link_libraries(s11_${layer} PUBLIC ${links} PRIVATE ${LAYER_PRIVATE})
  else()
    add_library(s11_${layer} INTERFACE)
    target_include_directories(s11_${layer} INTERFACE "${root}")
    target_link_libraries(s11_${layer} INTERFACE ${links})
  endif()
endfunction()
