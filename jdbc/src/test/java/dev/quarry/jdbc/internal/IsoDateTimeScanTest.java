package dev.quarry.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden cases of the one-pass reader of the date-time spellings SQLite databases hold. */
class IsoDateTimeScanTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-05-06                         | 2024-05-06T00:00",
        "2024-05-06 07:08                   | 2024-05-06T07:08",
        "2024-05-06T07:08                   | 2024-05-06T07:08",
        "2024-05-06 07:08:09                | 2024-05-06T07:08:09",
        "2024-05-06T07:08:09                | 2024-05-06T07:08:09",
        "2024-05-06 07:08:09.1              | 2024-05-06T07:08:09.100",
        "2024-05-06 07:08:09.12             | 2024-05-06T07:08:09.120",
        "2024-05-06 07:08:09.123            | 2024-05-06T07:08:09.123",
        "2024-05-06 07:08:09.1234           | 2024-05-06T07:08:09.123400",
        "2024-05-06 07:08:09.123456         | 2024-05-06T07:08:09.123456",
        "2024-05-06 07:08:09.1234567        | 2024-05-06T07:08:09.123456700",
        "2024-05-06T07:08:09.123456789      | 2024-05-06T07:08:09.123456789",
        "2024-05-06 07:08:09,5              | 2024-05-06T07:08:09.500",
        "2024-05-06 07:08:09Z               | 2024-05-06T07:08:09",
        "2024-05-06T07:08:09.250Z           | 2024-05-06T07:08:09.250",
        "2024-05-06 07:08:09+02:00          | 2024-05-06T05:08:09",
        "2024-05-06 07:08:09.5-01:30        | 2024-05-06T08:38:09.500",
        "2024-05-06T01:00+0200              | 2024-05-05T23:00",
        "2024-05-06T23:00-03                | 2024-05-07T02:00",
        "'  2024-05-06 07:08:09  '          | 2024-05-06T07:08:09",
        "0001-01-01 00:00:00                | 0001-01-01T00:00",
        "9999-12-31 23:59:59.999999999      | 9999-12-31T23:59:59.999999999",
    })
    void readsEverySpelling(String text, String expected) {
        assertEquals(LocalDateTime.parse(expected), IsoDateTimeScan.read(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "2024", "2024-5-06", "2024-05-06 7:08", "2024-05-06 07:08:09.", "2024-05-06 07:08:09.1234567890",
        "2024-05-06X07:08", "2024-05-06 07:08:09 UTC", "2024-05-06 07:08:09+2", "2024-05-06 07:08:09+02:60", "1700000000"})
    void refusesOtherText(String text) {
        assertThrows(DateTimeParseException.class, () -> IsoDateTimeScan.read(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2024-13-01 00:00:00", "2024-02-30 00:00:00", "2024-05-06 24:00:00"})
    void refusesImpossibleDates(String text) {
        assertThrows(java.time.DateTimeException.class, () -> IsoDateTimeScan.read(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-05-06 07:08:09.123456 | 2024-05-06T07:08:09.123456",
        "2024-05-06 07:08:09.123    | 2024-05-06T07:08:09.123",
        "2024-05-06T07:08:09+01:00  | 2024-05-06T06:08:09",
    })
    void theCodecsTextFormsAgree(String text, String expected) {
        assertEquals(LocalDateTime.parse(expected), IsoTemporalText.parse(text));
        assertEquals(LocalDateTime.parse(expected), IsoTemporalText.parseUtc(text));
    }
}
