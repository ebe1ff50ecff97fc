# Run at installation (install(CODE) in cmake/IocWindowsInstall.cmake): copies into bin/ every
# DLL that the given programs and plugins load, directly or through another DLL, that is found in
# the given folders; names not found there are Windows' own (kernel32, user32, the api-ms-win
# sets…) and stay out. Import tables are read with MinGW's objdump.
#
# file(GET_RUNTIME_DEPENDENCIES) does the same on Windows, but it lowercases every name, and on
# the Linux build machine, whose file names are case-sensitive, "qt6core.dll" is not Qt6Core.dll.
#
# In: IOC_OBJDUMP, IOC_ROOTS (programs and plugins), IOC_DLL_DIRS, IOC_STRIP (empty: no strip).

cmake_policy(VERSION 3.25)

function(ioc_imports file out)
    execute_process(COMMAND "${IOC_OBJDUMP}" -p "${file}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "objdump could not read ${file}")
    endif()
    string(REGEX MATCHALL "DLL Name: [^\r\n]+" lines "${dump}")
    set(names "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^DLL Name: " "" name "${line}")
        string(STRIP "${name}" name)
        list(APPEND names "${name}")
    endforeach()
    set(${out} "${names}" PARENT_SCOPE)
endfunction()

# Every DLL in the folders, by lowercase name, as Windows looks them up.
set(available "")
foreach(dir IN LISTS IOC_DLL_DIRS)
    file(GLOB dlls "${dir}/*.dll")
    foreach(dll IN LISTS dlls)
        get_filename_component(name "${dll}" NAME)
        string(TOLOWER "${name}" key)
        if(NOT DEFINED "found_${key}")
            set("found_${key}" "${dll}")
        endif()
    endforeach()
endforeach()

set(queue ${IOC_ROOTS})
set(copied "")
while(queue)
    list(POP_FRONT queue file)
    ioc_imports("${file}" names)
    foreach(name IN LISTS names)
        string(TOLOWER "${name}" key)
        if(DEFINED "found_${key}" AND NOT key IN_LIST copied)
            list(APPEND copied "${key}")
            list(APPEND queue "${found_${key}}")
            file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/bin" TYPE SHARED_LIBRARY FILES "${found_${key}}")
            if(IOC_STRIP)
                get_filename_component(installed "${found_${key}}" NAME)
                execute_process(COMMAND "${IOC_STRIP}" --strip-unneeded "${CMAKE_INSTALL_PREFIX}/bin/${installed}"
                    COMMAND_ERROR_IS_FATAL ANY)
            endif()
        endif()
    endforeach()
endwhile()
list(LENGTH copied count)
message(STATUS "Installed ${count} DLLs the programs and plugins load")
