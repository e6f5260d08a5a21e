"""Binary inputs (Word, Excel, PDF) parsed into the Page the clean stage reads.

``dispatch.sniff`` tells the kind of an input from its bytes and suffix;
``dispatch.parse_binary`` hands it to the parser of that kind.
"""
