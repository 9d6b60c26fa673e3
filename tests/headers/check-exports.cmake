# cmake -DNM=nm -DLIB=libcsp.so -P check-exports.cmake
# Fails unless every symbol libcsp.so exports starts with csp_, and none is an
# internal function (csp_<module>__<name>).
if(NOT NM)
  set(NM nm)
endif()
execute_process(
  COMMAND "${NM}" -D --defined-only "${LIB}"
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE _err
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D --defined-only ${LIB} failed: ${_err}")
endif()

string(REPLACE "\n" ";" _lines "${_out}")
set(_count 0)
set(_bad "")
foreach(_line IN LISTS _lines)
  if(_line STREQUAL "")
    continue()
  endif()
  # "0000000000001139 T csp_version" (possibly "csp_version@@VERS")
  if(NOT _line MATCHES "^[0-9a-fA-F]* *([A-Za-z]) ([^ @]+)")
    list(APPEND _bad "unparsed: ${_line}")
    continue()
  endif()
  set(_sym "${CMAKE_MATCH_2}")
  math(EXPR _count "${_count} + 1")
  if(NOT _sym MATCHES "^csp_")
    list(APPEND _bad "${_sym}")
  elseif(_sym MATCHES "^csp_[A-Za-z0-9]+__")
    list(APPEND _bad "${_sym} (internal)")
  endif()
endforeach()

if(_bad)
  list(JOIN _bad "\n  " _list)
  message(FATAL_ERROR "libcsp.so exports symbols outside the public API:\n  ${_list}")
endif()
if(_count EQUAL 0)
  message(FATAL_ERROR "libcsp.so exports nothing")
endif()
message(STATUS "libcsp.so exports ${_count} symbols, all csp_*")
