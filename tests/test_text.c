/*
 * test_text.c: what text a field takes, and what error messages carry.
 *
 * Every text value is checked against the description (model.toml): not
 * blank, no control character (but a line break or tab in a multiline
 * field), at most the field's max_length characters (code points, not bytes);
 * the same rules through a setter, the record API and the JSON importer,
 * which leaves the register unchanged. And an error message is one line of
 * safe text whatever the input held: the hostile id of the hardening issue
 * (an escape sequence that retitles and clears a terminal) comes back escaped.
 */
#include "testutil.h"

static csp_register *reg;
static csp_organisation *t_o;
static csp_duty *t_d;
static char *t_s, *t_before;

static void setup(void)
{
    reg = tu_open_mem();
}

static void teardown(void)
{
    csp_organisation_free(t_o);
    csp_duty_free(t_d);
    t_o = NULL;
    t_d = NULL;
    free(t_s);
    t_s = NULL;
    csp_free(t_before);
    t_before = NULL;
    csp_register_close(reg);
    reg = NULL;
}

/* A string of n copies of the UTF-8 character ch. */
static char *repeat(const char *ch, size_t n)
{
    size_t len = strlen(ch);
    char *s = malloc(len * n + 1);
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * len, ch, len);
    s[len * n] = '\0';
    return s;
}

/* The last error's message holds no byte that could act on a terminal. */
static void assert_message_is_safe(void)
{
    const unsigned char *m = (const unsigned char *)csp_error_last()->message;
    for (size_t i = 0; m[i]; i++) {
        ck_assert_msg(m[i] >= 0x20 && m[i] != 0x7f, "byte %#x at %zu of the message: %s", m[i], i,
                      csp_error_last()->message);
        /* C1 controls in UTF-8 (U+0080-U+009F) and U+202A-U+202E. */
        ck_assert_msg(!(m[i] == 0xc2 && m[i + 1] >= 0x80 && m[i + 1] <= 0x9f), "a C1 control in: %s",
                      csp_error_last()->message);
        ck_assert_msg(!(m[i] == 0xe2 && m[i + 1] == 0x80 && m[i + 2] >= 0xaa && m[i + 2] <= 0xae),
                      "a bidirectional override in: %s", csp_error_last()->message);
    }
}

START_TEST(test_control_characters_in_one_line_text)
{
    static const char *const bad[] = {"a\nb", "a\tb", "a\rb", "a\x1b[2Jb", "a\x7f", "a\xc2\x9b" "b", "\x01"};
    TU_OK(csp_organisation_new(&t_o, "o"));
    TU_OK(csp_organisation_set_name(t_o, "Before"));
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        TU_CODE(csp_organisation_set_name(t_o, bad[i]), CSP_EINVALID);
        TU_PATH("name");
        ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "control character"));
        ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "one line"));
        assert_message_is_safe();
        TU_STR_EQ(csp_organisation_name(t_o), "Before"); /* unchanged */
    }
    /* The message says which character, counting characters, not bytes. */
    TU_CODE(csp_organisation_set_name(t_o, "caf\xc3\xa9\tx"), CSP_EINVALID);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "character 5 is a control character (U+0009)"));
}
END_TEST

START_TEST(test_multiline_text_takes_line_breaks_and_tabs)
{
    TU_OK(csp_duty_new(&t_d, "local.d"));
    TU_OK(csp_duty_set_note(t_d, "First line.\n\tIndented second line.\n"));
    TU_STR_EQ(csp_duty_note(t_d), "First line.\n\tIndented second line.\n");
    /* But not a carriage return or another control character. */
    TU_CODE(csp_duty_set_note(t_d, "a\r\nb"), CSP_EINVALID);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "line breaks (\\n) and tabs"));
    TU_CODE(csp_duty_set_note(t_d, "a\x1b" "b"), CSP_EINVALID);
    /* A one-line field of the same entity still refuses a line break. */
    TU_CODE(csp_duty_set_title(t_d, "two\nlines"), CSP_EINVALID);
    TU_PATH("title");
}
END_TEST

START_TEST(test_blank_text_is_refused)
{
    static const char *const blank[] = {" ", "   ", "\xc2\xa0", "\xe3\x80\x80", " \xe2\x80\x83 "};
    TU_OK(csp_organisation_new(&t_o, "o"));
    for (size_t i = 0; i < sizeof blank / sizeof blank[0]; i++) {
        TU_CODE(csp_organisation_set_name(t_o, blank[i]), CSP_EINVALID);
        ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "must not be blank"));
    }
    TU_CODE(csp_organisation_set_name(t_o, ""), CSP_EINVALID);
    /* Blank in a multiline field too. */
    TU_OK(csp_duty_new(&t_d, "local.d"));
    TU_CODE(csp_duty_set_note(t_d, "\n\t \n"), CSP_EINVALID);
    /* Text with spaces around it is text. */
    TU_OK(csp_organisation_set_name(t_o, "  Ealing Council "));
}
END_TEST

START_TEST(test_text_has_a_length_limit_in_characters)
{
    int max = csp_schema_field_max_length(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME);
    ck_assert_int_eq(max, 1000);
    TU_OK(csp_organisation_new(&t_o, "o"));
    /* 1,000 two-byte characters (2,000 bytes) are 1,000 characters: taken. */
    t_s = repeat("\xc3\xa9", (size_t)max);
    TU_OK(csp_organisation_set_name(t_o, t_s));
    free(t_s);
    t_s = repeat("x", (size_t)max + 1);
    TU_CODE(csp_organisation_set_name(t_o, t_s), CSP_EINVALID);
    TU_PATH("name");
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "1001 characters is longer than the 1000"));
    /* A multiline field takes more: its own limit. */
    free(t_s);
    int note_max = csp_schema_field_max_length(CSP_ENTITY_DUTY, CSP_DUTY_NOTE);
    t_s = repeat("y", (size_t)note_max);
    TU_OK(csp_duty_new(&t_d, "local.d"));
    TU_OK(csp_duty_set_note(t_d, t_s));
    free(t_s);
    t_s = repeat("y", (size_t)note_max + 1);
    TU_CODE(csp_duty_set_note(t_d, t_s), CSP_EINVALID);
}
END_TEST

START_TEST(test_import_refuses_bad_text_and_leaves_the_register_unchanged)
{
    tu_put_org(reg, "met", "police");
    t_before = tu_export(reg, 0);
    /* A 5 MB name: refused at its place, quickly, nothing written. */
    size_t big = 5u << 20;
    size_t cap = big + 256;
    t_s = malloc(cap);
    ck_assert_ptr_nonnull(t_s);
    int n = snprintf(t_s, cap, "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": \"a\", \"name\": \"A\", "
                               "\"kind\": \"other\"}, {\"id\": \"b\", \"kind\": \"other\", \"name\": \"");
    memset(t_s + n, 'n', big);
    strcpy(t_s + n + big, "\"}]}");
    TU_CODE(tu_import(reg, t_s), CSP_EINVALID);
    TU_PATH("organisations[1].name");
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "5242880 characters is longer than the 1000"));
    char *after = tu_export(reg, 0);
    TU_SAME_EXPORT(t_before, after);
    csp_free(after);
    /* Blank, and a tab in a one-line field, at their places. */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"p\", \"name\": \"   \"}]}"),
            CSP_EINVALID);
    TU_PATH("people[0].name");
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"partnerships\": [{\"id\": \"p\", \"name\": \"P\", "
                           "\"kind\": \"board\", \"former_names\": [\"ok\", \"tab\\there\"]}]}"),
            CSP_EINVALID);
    TU_PATH("partnerships[0].former_names[1]");
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(t_before, after);
    csp_free(after);
}
END_TEST

START_TEST(test_error_messages_escape_what_they_quote)
{
    /* The hardening issue's id: OSC to retitle the terminal, then clear it. */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": "
                           "\"x\\u001b]0;PWNED\\u0007\\u001b[2J\", \"name\": \"N\", \"kind\": \"other\"}]}"),
            CSP_EINVALID);
    assert_message_is_safe();
    ck_assert_msg(strstr(csp_error_last()->message, "x\\u001B]0;PWNED\\u0007\\u001B[2J") != NULL, "%s",
                  csp_error_last()->message);
    /* A line break in an id does not make the one-line error two lines. */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"a\\nb\", \"name\": \"N\"}]}"),
            CSP_EINVALID);
    assert_message_is_safe();
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "a\\u000Ab"));
    /* A bidirectional override (U+202E) and a C1 control (U+009B, CSI) in a
     * quoted value; an enum value is echoed in its message. */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": \"o\", \"name\": \"N\", "
                           "\"kind\": \"pol\\u202eice\\u009b\"}]}"),
            CSP_EENUM);
    assert_message_is_safe();
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "pol\\u202Eice\\u009B"));
    /* The path is escaped too (an unknown key is named in it). */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"p\", \"name\": \"N\", "
                           "\"x\\u001b\": 1}]}"),
            CSP_EUNKNOWN);
    assert_message_is_safe();
    for (const unsigned char *p = (const unsigned char *)csp_error_last()->path; *p; p++)
        ck_assert_int_ge(*p, 0x20);
}
END_TEST

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_control_characters_in_one_line_text);
    tcase_add_test(tc, test_multiline_text_takes_line_breaks_and_tabs);
    tcase_add_test(tc, test_blank_text_is_refused);
    tcase_add_test(tc, test_text_has_a_length_limit_in_characters);
    tcase_add_test(tc, test_import_refuses_bad_text_and_leaves_the_register_unchanged);
    tcase_add_test(tc, test_error_messages_escape_what_they_quote);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(text_suite());
}
