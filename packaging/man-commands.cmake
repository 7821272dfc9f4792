# Writes a help2man include file (-DOUT) holding every subcommand's own --help
# (-DCLI: the emolens-cli executable), so `man emolens-cli` documents each
# command from the program itself and cannot drift from it.
execute_process(COMMAND "${CLI}" --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CLI} --help failed")
endif()
string(REGEX MATCH "Subcommands:\n(.*)" _ "${top}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "\n${CMAKE_MATCH_1}")
set(text "[COMMANDS]\nEach command takes its own options; \\fBemolens-cli\\fR \\fICOMMAND\\fR \\fB--help\\fR prints them.\n")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  execute_process(COMMAND "${CLI}" ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} ${name} --help failed")
  endif()
  # roff: a backslash is \e; a line starting with . or ' would be a request.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "\n${help}")
  string(APPEND text ".SS ${name}\n.nf${help}.fi\n")
endforeach()
string(APPEND text "[SEE ALSO]\n\\fBemolens\\fR(1), the desktop application. The full documentation is in /usr/share/doc/emolens.\n")
file(WRITE "${OUT}" "${text}")
