#include "CRapportXML.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

static pthread_once_t initialized = PTHREAD_ONCE_INIT;

static void initialize_once(void) { xmlInitParser(); }

static void initialize(void) { pthread_once(&initialized, initialize_once); }

struct RapportXMLDiagnostics {
  int32_t count;
  int32_t capacity;
  int32_t *lines;
  char **messages;
};

RapportXMLDiagnostics *rapport_xml_diagnostics_new(void) {
  return (RapportXMLDiagnostics *)calloc(1, sizeof(RapportXMLDiagnostics));
}

void rapport_xml_diagnostics_free(RapportXMLDiagnostics *diagnostics) {
  if (diagnostics == NULL) return;
  for (int32_t i = 0; i < diagnostics->count; i++) free(diagnostics->messages[i]);
  free(diagnostics->messages);
  free(diagnostics->lines);
  free(diagnostics);
}

int32_t rapport_xml_diagnostics_count(const RapportXMLDiagnostics *diagnostics) {
  return diagnostics->count;
}

int32_t rapport_xml_diagnostics_line(const RapportXMLDiagnostics *diagnostics, int32_t index) {
  return diagnostics->lines[index];
}

const char *rapport_xml_diagnostics_message(const RapportXMLDiagnostics *diagnostics,
                                            int32_t index) {
  return diagnostics->messages[index];
}

static void diagnostics_add(RapportXMLDiagnostics *diagnostics, int32_t line,
                            const char *message) {
  if (diagnostics == NULL) return;
  if (diagnostics->count == diagnostics->capacity) {
    int32_t capacity = diagnostics->capacity == 0 ? 8 : diagnostics->capacity * 2;
    int32_t *lines = realloc(diagnostics->lines, sizeof(int32_t) * (size_t)capacity);
    if (lines == NULL) return;
    diagnostics->lines = lines;
    char **messages = realloc(diagnostics->messages, sizeof(char *) * (size_t)capacity);
    if (messages == NULL) return;
    diagnostics->messages = messages;
    diagnostics->capacity = capacity;
  }
  size_t length = strlen(message);
  while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == ' ')) length--;
  char *copy = malloc(length + 1);
  if (copy == NULL) return;
  memcpy(copy, message, length);
  copy[length] = '\0';
  diagnostics->lines[diagnostics->count] = line;
  diagnostics->messages[diagnostics->count] = copy;
  diagnostics->count += 1;
}

static void collect_error(void *context, xmlErrorPtr error) {
  if (error == NULL || error->level == XML_ERR_WARNING) return;
  diagnostics_add((RapportXMLDiagnostics *)context, error->line,
                  error->message != NULL ? error->message : "unknown XML error");
}

// Rapport's XML files (lexicons, themes, gold) need no DTD. An internal subset is where
// entities are declared, and expanding a large entity many times in attribute values takes
// time that grows with the square of the file; so a DOCTYPE stops the parse before its
// subset is read, and the file is refused with a message.
struct RapportXMLParse {
  RapportXMLDiagnostics *diagnostics;
  int refused;
};

static void refuse_doctype(void *context, const xmlChar *name, const xmlChar *external_id,
                           const xmlChar *system_id) {
  (void)name;
  (void)external_id;
  (void)system_id;
  xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
  struct RapportXMLParse *state = (struct RapportXMLParse *)parser->_private;
  if (state != NULL && !state->refused) {
    state->refused = 1;
    diagnostics_add(state->diagnostics, xmlSAX2GetLineNumber(parser),
                    "the file has a DOCTYPE declaration; Rapport reads no DTDs or entities "
                    "(they can make reading take minutes). Remove the <!DOCTYPE ...> and write "
                    "the characters themselves or as &#...; references");
  }
  xmlStopParser(parser);
}

RapportXMLDocument *rapport_xml_parse(const uint8_t *bytes, int32_t length, const char *name,
                                      RapportXMLDiagnostics *diagnostics) {
  initialize();
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (context == NULL) {
    diagnostics_add(diagnostics, 0, "out of memory creating the XML parser");
    return NULL;
  }
  // Errors go to our list, not stderr (the structured handler is per thread); no network,
  // no DTD loading, no entity substitution.
  struct RapportXMLParse state = {diagnostics, 0};
  context->_private = &state;
  if (context->sax != NULL) context->sax->internalSubset = refuse_doctype;
  xmlSetStructuredErrorFunc(diagnostics, collect_error);
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  xmlDocPtr document = xmlCtxtReadMemory(context, (const char *)bytes, length, name, NULL,
                                         options);
  xmlSetStructuredErrorFunc(NULL, NULL);
  if (state.refused) {
    if (document != NULL) xmlFreeDoc(document);
    xmlFreeParserCtxt(context);
    return NULL;
  }
  if (document != NULL && !context->wellFormed) {
    xmlFreeDoc(document);
    document = NULL;
  }
  if (document == NULL && diagnostics != NULL && diagnostics->count == 0) {
    xmlErrorPtr last = xmlCtxtGetLastError(context);
    diagnostics_add(diagnostics, last != NULL ? last->line : 0,
                    last != NULL && last->message != NULL ? last->message
                                                          : "the file is not well-formed XML");
  }
  xmlFreeParserCtxt(context);
  return (RapportXMLDocument *)document;
}

void rapport_xml_document_free(RapportXMLDocument *document) {
  if (document != NULL) xmlFreeDoc((xmlDocPtr)document);
}

struct RapportXMLSchema {
  xmlSchemaPtr schema;
};

RapportXMLSchema *rapport_xml_schema_new(const uint8_t *bytes, int32_t length,
                                         RapportXMLDiagnostics *diagnostics) {
  initialize();
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt((const char *)bytes, length);
  if (parser == NULL) {
    diagnostics_add(diagnostics, 0, "could not create the schema parser");
    return NULL;
  }
  xmlSchemaSetParserStructuredErrors(parser, collect_error, diagnostics);
  xmlSchemaPtr compiled = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (compiled == NULL) return NULL;
  RapportXMLSchema *schema = malloc(sizeof(RapportXMLSchema));
  if (schema == NULL) {
    xmlSchemaFree(compiled);
    return NULL;
  }
  schema->schema = compiled;
  return schema;
}

void rapport_xml_schema_free(RapportXMLSchema *schema) {
  if (schema == NULL) return;
  xmlSchemaFree(schema->schema);
  free(schema);
}

int32_t rapport_xml_validate(RapportXMLSchema *schema, RapportXMLDocument *document,
                             RapportXMLDiagnostics *diagnostics) {
  xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema->schema);
  if (context == NULL) return -1;
  xmlSchemaSetValidStructuredErrors(context, collect_error, diagnostics);
  int result = xmlSchemaValidateDoc(context, (xmlDocPtr)document);
  xmlSchemaFreeValidCtxt(context);
  return result;
}

RapportXMLNode *rapport_xml_root(RapportXMLDocument *document) {
  return (RapportXMLNode *)xmlDocGetRootElement((xmlDocPtr)document);
}

static xmlNodePtr skip_to_element(xmlNodePtr node) {
  while (node != NULL && node->type != XML_ELEMENT_NODE) node = node->next;
  return node;
}

RapportXMLNode *rapport_xml_first_element(RapportXMLNode *node) {
  return (RapportXMLNode *)skip_to_element(((xmlNodePtr)node)->children);
}

RapportXMLNode *rapport_xml_next_element(RapportXMLNode *node) {
  return (RapportXMLNode *)skip_to_element(((xmlNodePtr)node)->next);
}

const char *rapport_xml_name(RapportXMLNode *node) {
  return (const char *)((xmlNodePtr)node)->name;
}

const char *rapport_xml_namespace(RapportXMLNode *node) {
  xmlNsPtr ns = ((xmlNodePtr)node)->ns;
  return ns != NULL ? (const char *)ns->href : NULL;
}

int32_t rapport_xml_line(RapportXMLNode *node) {
  return (int32_t)xmlGetLineNo((xmlNodePtr)node);
}

static xmlAttrPtr attribute_at(RapportXMLNode *node, int32_t index) {
  xmlAttrPtr attribute = ((xmlNodePtr)node)->properties;
  for (int32_t i = 0; attribute != NULL && i < index; i++) attribute = attribute->next;
  return attribute;
}

int32_t rapport_xml_attribute_count(RapportXMLNode *node) {
  int32_t count = 0;
  for (xmlAttrPtr a = ((xmlNodePtr)node)->properties; a != NULL; a = a->next) count++;
  return count;
}

const char *rapport_xml_attribute_name(RapportXMLNode *node, int32_t index) {
  xmlAttrPtr attribute = attribute_at(node, index);
  return attribute != NULL ? (const char *)attribute->name : NULL;
}

char *rapport_xml_attribute_value(RapportXMLNode *node, int32_t index) {
  xmlAttrPtr attribute = attribute_at(node, index);
  if (attribute == NULL) return NULL;
  return (char *)xmlNodeListGetString(((xmlNodePtr)node)->doc, attribute->children, 1);
}

char *rapport_xml_text(RapportXMLNode *node) {
  return (char *)xmlNodeGetContent((xmlNodePtr)node);
}

void rapport_xml_string_free(char *string) {
  if (string != NULL) xmlFree(string);
}

struct RapportXMLWriter {
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
};

RapportXMLWriter *rapport_xml_writer_new(void) {
  initialize();
  RapportXMLWriter *result = calloc(1, sizeof(RapportXMLWriter));
  if (result == NULL) return NULL;
  result->buffer = xmlBufferCreate();
  result->writer = result->buffer != NULL ? xmlNewTextWriterMemory(result->buffer, 0) : NULL;
  if (result->writer == NULL) {
    if (result->buffer != NULL) xmlBufferFree(result->buffer);
    free(result);
    return NULL;
  }
  xmlTextWriterSetIndent(result->writer, 1);
  xmlTextWriterSetIndentString(result->writer, BAD_CAST "  ");
  return result;
}

void rapport_xml_writer_free(RapportXMLWriter *writer) {
  if (writer == NULL) return;
  if (writer->writer != NULL) xmlFreeTextWriter(writer->writer);
  xmlBufferFree(writer->buffer);
  free(writer);
}

int32_t rapport_xml_writer_start_document(RapportXMLWriter *writer) {
  return xmlTextWriterStartDocument(writer->writer, "1.0", "UTF-8", NULL);
}

int32_t rapport_xml_writer_start_element(RapportXMLWriter *writer, const char *name,
                                         const char *namespace_uri) {
  if (namespace_uri != NULL) {
    return xmlTextWriterStartElementNS(writer->writer, NULL, BAD_CAST name,
                                       BAD_CAST namespace_uri);
  }
  return xmlTextWriterStartElement(writer->writer, BAD_CAST name);
}

int32_t rapport_xml_writer_attribute(RapportXMLWriter *writer, const char *name,
                                     const char *value) {
  return xmlTextWriterWriteAttribute(writer->writer, BAD_CAST name, BAD_CAST value);
}

int32_t rapport_xml_writer_text(RapportXMLWriter *writer, const char *text) {
  return xmlTextWriterWriteString(writer->writer, BAD_CAST text);
}

int32_t rapport_xml_writer_end_element(RapportXMLWriter *writer) {
  return xmlTextWriterEndElement(writer->writer);
}

int32_t rapport_xml_writer_end_document(RapportXMLWriter *writer) {
  int32_t result = xmlTextWriterEndDocument(writer->writer);
  xmlTextWriterFlush(writer->writer);
  return result;
}

const uint8_t *rapport_xml_writer_bytes(RapportXMLWriter *writer, int32_t *length) {
  *length = (int32_t)xmlBufferLength(writer->buffer);
  return (const uint8_t *)xmlBufferContent(writer->buffer);
}
