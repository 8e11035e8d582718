#include "CRapportICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utypes.h>

const char *rapport_icu_error_name(int32_t status) {
  return u_errorName((UErrorCode)status);
}

int32_t rapport_icu_detect_charset(const uint8_t *bytes, int32_t length,
                                   char *name, int32_t capacity, int32_t *confidence) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return status;
  ucsdet_setText(detector, (const char *)bytes, length, &status);
  const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : NULL;
  if (U_SUCCESS(status) && match == NULL) status = U_INVALID_FORMAT_ERROR;
  if (U_SUCCESS(status)) {
    const char *found = ucsdet_getName(match, &status);
    *confidence = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status)) {
      if ((int32_t)strlen(found) + 1 > capacity) {
        status = U_BUFFER_OVERFLOW_ERROR;
      } else {
        strcpy(name, found);
      }
    }
  }
  ucsdet_close(detector);
  return status;
}

/// Counts each undecodable sequence and writes one U+FFFD for it.
static void count_and_replace(const void *context, UConverterToUnicodeArgs *args,
                              const char *codeUnits, int32_t length,
                              UConverterCallbackReason reason, UErrorCode *status) {
  (void)codeUnits;
  (void)length;
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to replace
  int32_t *replacements = (int32_t *)context;
  *replacements += 1;
  *status = U_ZERO_ERROR;
  static const UChar replacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

int32_t rapport_icu_convert_to_utf16(const char *charset,
                                     const uint8_t *bytes, int32_t length,
                                     uint16_t *utf16, int32_t *offsets, int32_t capacity,
                                     int32_t *written, int32_t *replacements) {
  UErrorCode status = U_ZERO_ERROR;
  *replacements = 0;
  *written = 0;
  UConverter *converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return status;
  ucnv_setToUCallBack(converter, count_and_replace, replacements, NULL, NULL, &status);
  if (U_FAILURE(status)) {
    ucnv_close(converter);
    return status;
  }
  UChar *target = (UChar *)utf16;
  UChar *targetLimit = target + capacity;
  const char *source = (const char *)bytes;
  const char *sourceLimit = source + length;
  ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, offsets, 1, &status);
  int32_t produced = (int32_t)(target - (UChar *)utf16);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    // Measure what the whole text needs so the caller can retry once at that size.
    UChar scratch[1024];
    int32_t total = produced;
    while (status == U_BUFFER_OVERFLOW_ERROR) {
      status = U_ZERO_ERROR;
      UChar *t = scratch;
      ucnv_toUnicode(converter, &t, scratch + 1024, &source, sourceLimit, NULL, 1, &status);
      total += (int32_t)(t - scratch);
    }
    if (U_SUCCESS(status)) status = U_BUFFER_OVERFLOW_ERROR;
    produced = total;
  }
  *written = produced;
  ucnv_close(converter);
  return status;
}

int32_t rapport_icu_charset_known(const char *name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(name, &status);
  if (converter != NULL) ucnv_close(converter);
  return U_SUCCESS(status) ? 1 : 0;
}

int32_t rapport_icu_nfkc_casefold(const uint16_t *text, int32_t length,
                                  uint16_t *out, int32_t capacity, int32_t *written) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return status;
  *written = unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)out, capacity,
                              &status);
  if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
  return status;
}

struct RapportBreaker {
  UBreakIterator *iterator;
};

RapportBreaker *rapport_icu_breaker_open(int32_t kind, int32_t *statusOut) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIteratorType type = kind == RAPPORT_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
  UBreakIterator *iterator = ubrk_open(type, "", NULL, 0, &status);
  *statusOut = status;
  if (U_FAILURE(status)) return NULL;
  RapportBreaker *breaker = (RapportBreaker *)malloc(sizeof(RapportBreaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *statusOut = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  return breaker;
}

void rapport_icu_breaker_close(RapportBreaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  free(breaker);
}

/// Classifies a segment the word breaker gave no word status (spaces, punctuation, symbols).
static uint8_t classify_other(const UChar *text, int32_t start, int32_t end) {
  int32_t i = start;
  uint8_t kind = RAPPORT_TOKEN_SPACE;
  while (i < end) {
    UChar32 c;
    U16_NEXT(text, i, end, c);
    if (u_isUWhiteSpace(c)) continue;
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
        u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)) {
      return RAPPORT_TOKEN_SYMBOL;
    }
    int8_t type = u_charType(c);
    if (type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL || type == U_MODIFIER_SYMBOL ||
        type == U_OTHER_SYMBOL) {
      kind = RAPPORT_TOKEN_SYMBOL;
    } else if (kind == RAPPORT_TOKEN_SPACE) {
      kind = RAPPORT_TOKEN_PUNCTUATION;
    }
  }
  return kind;
}

int32_t rapport_icu_words(RapportBreaker *breaker, const uint16_t *text, int32_t length,
                          int32_t *starts, int32_t *ends, uint8_t *kinds, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return -(int32_t)status;
  int32_t count = 0;
  int32_t start = ubrk_first(breaker->iterator);
  for (int32_t end = ubrk_next(breaker->iterator); end != UBRK_DONE;
       start = end, end = ubrk_next(breaker->iterator)) {
    // A run of plain spaces, about every other segment, can only come from an untagged rule
    // (WB3d, WB999): its status is "none" and it is dropped, so ICU is not asked.
    int32_t k = start;
    while (k < end && text[k] == 0x20) k++;
    if (k == end) continue;
    int32_t rule = ubrk_getRuleStatus(breaker->iterator);
    uint8_t kind;
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      kind = RAPPORT_TOKEN_NUMBER;
    } else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT) {
      kind = RAPPORT_TOKEN_WORD;
    } else {
      kind = classify_other((const UChar *)text, start, end);
    }
    if (kind == RAPPORT_TOKEN_SPACE) continue;
    if (count < capacity) {
      starts[count] = start;
      ends[count] = end;
      kinds[count] = kind;
    }
    count += 1;
  }
  ubrk_setText(breaker->iterator, NULL, 0, &status);
  return count;
}

int32_t rapport_icu_sentences(RapportBreaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return -(int32_t)status;
  int32_t count = 0;
  ubrk_first(breaker->iterator);
  for (int32_t end = ubrk_next(breaker->iterator); end != UBRK_DONE;
       end = ubrk_next(breaker->iterator)) {
    if (count < capacity) boundaries[count] = end;
    count += 1;
  }
  // The iterator keeps pointing at `text` until the next call sets its own: every call
  // starts with ubrk_setText, and a second one here to let go was a fifth of a short
  // window's cost.
  return count;
}

void rapport_icu_sentence_break_classes(uint8_t *classes) {
  for (UChar32 c = 0; c < 0x10000; c++) {
    classes[c] = (uint8_t)u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  }
}
