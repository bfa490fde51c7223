/*
 * A Windows (PE) stand-in for commune-office.exe, for the installer test under Wine (tests/installer/test_wine.py).
 *
 * There is no Windows Python here, so the frozen launcher cannot run. This program takes its place in the MSI:
 * the MSI's custom actions start it exactly as they start the real launcher, and it hands its arguments to the
 * real `python -m client.cli` on the Linux side (Wine's CreateProcess starts a Unix program), so config.ini is
 * written by the real code inside the real msiexec transaction. Wine gives no exit code of a Unix child, so a
 * small shell script (forward.sh, written by the test) stores it in a file, which this program waits for and
 * returns: a refusal fails the custom action and msiexec rolls back.
 *
 * standin_config.h (written by the test) names the exchange folder, in Unix and Windows (Z:) form.
 */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

#include "standin_config.h"  /* EXCHANGE_UNIX, EXCHANGE_WIN: wide string literals */

typedef char *(CDECL *unix_name_fn)(LPCWSTR);

/* The command line after the program's own name, untouched (the Windows rule for argv[0]). */
static const wchar_t *arguments(const wchar_t *line) {
    if (*line == L'"') {
        line++;
        while (*line && *line != L'"') line++;
        if (*line) line++;
    } else {
        while (*line && *line != L' ' && *line != L'\t') line++;
    }
    while (*line == L' ' || *line == L'\t') line++;
    return line;
}

static void append_utf8(const wchar_t *path, const wchar_t *text) {
    int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char *bytes = HeapAlloc(GetProcessHeap(), 0, size);
    FILE *file = _wfopen(path, L"ab");
    WideCharToMultiByte(CP_UTF8, 0, text, -1, bytes, size, NULL, NULL);
    if (file) {
        fwrite(bytes, 1, size - 1, file);
        fwrite("\n", 1, 1, file);
        fclose(file);
    }
    HeapFree(GetProcessHeap(), 0, bytes);
}

int wmain(void) {
    static wchar_t calls[MAX_PATH], rc_win[MAX_PATH], rc_unix[MAX_PATH], config[2 * MAX_PATH], command[32768];
    const wchar_t *args = arguments(GetCommandLineW());
    DWORD started = GetTickCount(), pid = GetCurrentProcessId();
    STARTUPINFOW startup = {sizeof startup};
    PROCESS_INFORMATION process;
    wchar_t program_data[MAX_PATH];
    unix_name_fn unix_name = (unix_name_fn)GetProcAddress(GetModuleHandleW(L"kernel32.dll"),
                                                          "wine_get_unix_file_name");
    char *data_unix;
    int code = -1;
    FILE *file;

    swprintf(calls, MAX_PATH, L"%ls\\calls.txt", EXCHANGE_WIN);
    append_utf8(calls, args);
    if (!unix_name || !GetEnvironmentVariableW(L"ProgramData", program_data, MAX_PATH)) return 90;
    /* Where the real launcher writes on Windows (%ProgramData%\CommuneOffice), in the prefix's drive_c. */
    data_unix = unix_name(program_data);
    if (!data_unix) return 91;
    /* Wine's Unix names are UTF-8: a prefix under a Vietnamese folder name must survive. */
    MultiByteToWideChar(CP_UTF8, 0, data_unix, -1, config, MAX_PATH);
    wcscat(config, L"/CommuneOffice/config.ini");
    SetEnvironmentVariableW(L"COMMUNE_OFFICE_MACHINE_CONFIG", config);
    swprintf(rc_win, MAX_PATH, L"%ls\\rc-%lu-%lu", EXCHANGE_WIN, pid, started);
    swprintf(rc_unix, MAX_PATH, L"%ls/rc-%lu-%lu", EXCHANGE_UNIX, pid, started);
    swprintf(command, 32768, L"/bin/sh \"%ls/forward.sh\" \"%ls\" %ls", EXCHANGE_UNIX, rc_unix, args);
    if (!CreateProcessW(NULL, command, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &process)) return 92;
    while (GetFileAttributesW(rc_win) == INVALID_FILE_ATTRIBUTES) {
        if (GetTickCount() - started > 120000) return 93;
        Sleep(20);
    }
    file = _wfopen(rc_win, L"r");
    if (!file || fscanf(file, "%d", &code) != 1) code = 94;
    if (file) fclose(file);
    DeleteFileW(rc_win);
    return code;
}
