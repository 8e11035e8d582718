// C shim over ICU for Rapport. Only <stdint.h> and opaque pointers appear here: Debian's ICU
// headers clash with the ICU headers Foundation ships, and Debian renames every ICU function
// with a version suffix that Swift cannot see. Status values are ICU UErrorCode numbers;
// rapport_icu_error_name turns one into its name.
#ifndef CRAPPORT_ICU_H
#define CRAPPORT_ICU_H

#include <stdint.h>

/// Name of an ICU status code (static storage).
const char *rapport_icu_error_name(int32_t status);

/// Best charset guess for `bytes` by ICU's detector. Writes a NUL-terminated name into
/// `name` (at most `capacity` bytes) and the confidence (0–100). Returns an ICU status.
int32_t rapport_icu_detect_charset(const uint8_t *bytes, int32_t length,
                                   char *name, int32_t capacity, int32_t *confidence);

/// Converts `length` bytes in `charset` to UTF-16. `utf16` receives at most `capacity` code
/// units, `offsets` (same capacity) the source byte index of each code unit. Undecodable
/// bytes become U+FFFD and are counted in `replacements`. `*written` receives the number of
/// code units needed; the status is U_BUFFER_OVERFLOW_ERROR (15) when capacity was too small.
int32_t rapport_icu_convert_to_utf16(const char *charset,
                                     const uint8_t *bytes, int32_t length,
                                     uint16_t *utf16, int32_t *offsets, int32_t capacity,
                                     int32_t *written, int32_t *replacements);

/// Whether `name` is a charset ICU can convert (1) or not (0).
int32_t rapport_icu_charset_known(const char *name);

/// NFKC with case folding. Writes at most `capacity` code units; `*written` receives the
/// number needed. Returns an ICU status (U_BUFFER_OVERFLOW_ERROR when too small).
int32_t rapport_icu_nfkc_casefold(const uint16_t *text, int32_t length,
                                  uint16_t *out, int32_t capacity, int32_t *written);

/// An ICU break iterator (word or sentence), owned by the caller.
typedef struct RapportBreaker RapportBreaker;

enum { RAPPORT_BREAK_WORD = 0, RAPPORT_BREAK_SENTENCE = 1 };

/// Opens a break iterator of `kind` for the root locale. Returns NULL on failure.
RapportBreaker *rapport_icu_breaker_open(int32_t kind, int32_t *status);
void rapport_icu_breaker_close(RapportBreaker *breaker);

/// Token kinds reported by rapport_icu_words.
enum {
  RAPPORT_TOKEN_SPACE = 0,
  RAPPORT_TOKEN_WORD = 1,
  RAPPORT_TOKEN_NUMBER = 2,
  RAPPORT_TOKEN_PUNCTUATION = 3,
  RAPPORT_TOKEN_SYMBOL = 4
};

/// Splits `text` into word-break segments. For segment i, `starts[i]`/`ends[i]` are UTF-16
/// offsets and `kinds[i]` one of RAPPORT_TOKEN_*. Returns the number of segments found, which
/// may exceed `capacity` (then only `capacity` were written); on failure, minus the ICU status.
int32_t rapport_icu_words(RapportBreaker *breaker, const uint16_t *text, int32_t length,
                          int32_t *starts, int32_t *ends, uint8_t *kinds, int32_t capacity);

/// Writes the sentence boundaries of `text` (offsets where a sentence ends, the last being
/// `length`). Returns the count, which may exceed `capacity`; on failure, minus the ICU status.
int32_t rapport_icu_sentences(RapportBreaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t capacity);

/// Writes ICU's Sentence_Break property value (USentenceBreak: 0 other, 1 ATerm, 2 Close,
/// 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR, 12 Extend,
/// 13 LF, 14 SContinue) of each of the 65,536 BMP code points into `classes`.
void rapport_icu_sentence_break_classes(uint8_t *classes);

#endif
