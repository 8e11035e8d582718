// C shim over libxml2 for Rapport. Only <stdint.h> and opaque pointers appear here: Debian's
// libxml2 headers pull in ICU headers that clash with the ones Foundation ships.
// Documents are parsed with network access, DTD loading and entity expansion off.
#ifndef CRAPPORT_XML_H
#define CRAPPORT_XML_H

#include <stdint.h>

typedef struct RapportXMLDocument RapportXMLDocument;
typedef struct RapportXMLNode RapportXMLNode;
typedef struct RapportXMLSchema RapportXMLSchema;
typedef struct RapportXMLDiagnostics RapportXMLDiagnostics;
typedef struct RapportXMLWriter RapportXMLWriter;

/// Errors collected while parsing or validating, with their line numbers.
RapportXMLDiagnostics *rapport_xml_diagnostics_new(void);
void rapport_xml_diagnostics_free(RapportXMLDiagnostics *diagnostics);
int32_t rapport_xml_diagnostics_count(const RapportXMLDiagnostics *diagnostics);
int32_t rapport_xml_diagnostics_line(const RapportXMLDiagnostics *diagnostics, int32_t index);
const char *rapport_xml_diagnostics_message(const RapportXMLDiagnostics *diagnostics,
                                            int32_t index);

/// Parses `length` bytes; `name` is used in messages. NULL when the text is not well-formed
/// XML, with the reasons in `diagnostics`.
RapportXMLDocument *rapport_xml_parse(const uint8_t *bytes, int32_t length, const char *name,
                                      RapportXMLDiagnostics *diagnostics);
void rapport_xml_document_free(RapportXMLDocument *document);

/// Compiles an XSD given as bytes. NULL on failure, with the reasons in `diagnostics`.
RapportXMLSchema *rapport_xml_schema_new(const uint8_t *bytes, int32_t length,
                                         RapportXMLDiagnostics *diagnostics);
void rapport_xml_schema_free(RapportXMLSchema *schema);

/// Validates a document: 0 valid, positive invalid (reasons in `diagnostics`), negative when
/// validation itself failed.
int32_t rapport_xml_validate(RapportXMLSchema *schema, RapportXMLDocument *document,
                             RapportXMLDiagnostics *diagnostics);

/// Walking the element tree. Strings are UTF-8 and owned by the document unless noted.
RapportXMLNode *rapport_xml_root(RapportXMLDocument *document);
/// First child element of `node` (text and comments skipped), or NULL.
RapportXMLNode *rapport_xml_first_element(RapportXMLNode *node);
/// Next sibling element, or NULL.
RapportXMLNode *rapport_xml_next_element(RapportXMLNode *node);
const char *rapport_xml_name(RapportXMLNode *node);
/// Namespace URI of the element, or NULL.
const char *rapport_xml_namespace(RapportXMLNode *node);
int32_t rapport_xml_line(RapportXMLNode *node);
int32_t rapport_xml_attribute_count(RapportXMLNode *node);
const char *rapport_xml_attribute_name(RapportXMLNode *node, int32_t index);
/// Value of the index-th attribute; the caller frees it with rapport_xml_string_free.
char *rapport_xml_attribute_value(RapportXMLNode *node, int32_t index);
/// Concatenated text content of the element; freed with rapport_xml_string_free.
char *rapport_xml_text(RapportXMLNode *node);
void rapport_xml_string_free(char *string);

/// Streaming writer to memory (libxml2's xmlTextWriter), indented, UTF-8.
RapportXMLWriter *rapport_xml_writer_new(void);
void rapport_xml_writer_free(RapportXMLWriter *writer);
int32_t rapport_xml_writer_start_document(RapportXMLWriter *writer);
int32_t rapport_xml_writer_start_element(RapportXMLWriter *writer, const char *name,
                                         const char *namespace_uri);
int32_t rapport_xml_writer_attribute(RapportXMLWriter *writer, const char *name,
                                     const char *value);
int32_t rapport_xml_writer_text(RapportXMLWriter *writer, const char *text);
int32_t rapport_xml_writer_end_element(RapportXMLWriter *writer);
/// Ends the document; the bytes stay readable through rapport_xml_writer_bytes.
int32_t rapport_xml_writer_end_document(RapportXMLWriter *writer);
const uint8_t *rapport_xml_writer_bytes(RapportXMLWriter *writer, int32_t *length);

#endif
