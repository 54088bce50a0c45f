/// The namespace of Teigram's XML values: ``Element``, ``Attribute``, ``Node``, ``Document`` and
/// ``ProcessingInstruction``, the document model that crosses the C boundary. Their names cannot clash with
/// Foundation's `XML.Element`, `XML.Node` and `XML.Document` classes, which macOS exports from Foundation itself.
public enum XML {}
