# cmake -DCXX=... -DFLAGS=... -DSOURCE=... -DINCLUDE=... -DLIB=.../libcsp.so -DOUT=... -P cxx-link.cmake
# Compiles SOURCE as C++11, links it to LIB and runs it.
separate_arguments(_flags UNIX_COMMAND "${FLAGS}")
get_filename_component(_libdir "${LIB}" DIRECTORY)
execute_process(
  COMMAND "${CXX}" -std=c++11 -Wall -Wextra -pedantic -Werror ${_flags}
          -I "${INCLUDE}" "${SOURCE}" -o "${OUT}" "${LIB}" "-Wl,-rpath,${_libdir}"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "compiling and linking ${SOURCE} as C++ failed")
endif()
execute_process(COMMAND "${OUT}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${OUT} failed (${_rc})")
endif()
