"""Would Telegram accept this text with ``parse_mode=HTML``? A strict, small checker.

Telegram rejects the whole message (400 "Can't parse entities") for one unknown tag, one
unclosed tag or one bare ``&``/``<``, so tests check every reply the bot sends with it.
Rules from the Bot API's "HTML style": only the tags below, only ``&lt; &gt; &amp;
&quot;`` and numeric entities, tags closed in order, nothing formatted inside ``pre`` or
``code`` (except ``code`` in ``pre``), at most 4,096 characters once parsed.
"""

from __future__ import annotations

import html
import re

__all__ = ["ALLOWED_TAGS", "html_problems", "plain_text"]

#: Tag → the attributes it may carry (the Bot API's list, synonyms included).
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    "b": frozenset(),
    "strong": frozenset(),
    "i": frozenset(),
    "em": frozenset(),
    "u": frozenset(),
    "ins": frozenset(),
    "s": frozenset(),
    "strike": frozenset(),
    "del": frozenset(),
    "tg-spoiler": frozenset(),
    "span": frozenset({"class"}),
    "a": frozenset({"href"}),
    "code": frozenset({"class"}),
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
    "tg-emoji": frozenset({"emoji-id"}),
}
_REQUIRED = {"a": "href", "span": "class", "tg-emoji": "emoji-id"}
MAX_LENGTH = 4096

_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*>")
_ATTR = re.compile(r"""\s*([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def plain_text(text: str) -> str:
    """What the user reads: tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", text))


def _attribute_problems(name: str, raw: str) -> list[str]:
    problems: list[str] = []
    found: dict[str, str] = {}
    position = 0
    raw = raw.rstrip()
    while position < len(raw):
        match = _ATTR.match(raw, position)
        if match is None or match.end() == position:
            return [f"<{name}>: cannot read attributes {raw!r}"]
        attr = match.group(1).lower()
        value = next((g for g in match.groups()[1:] if g is not None), "")
        if "&" in value and _ENTITY.sub("", value).count("&"):
            problems.append(f"<{name} {attr}>: bare '&' in attribute value")
        found[attr] = value
        position = match.end()
    for attr in found.keys() - ALLOWED_TAGS[name]:
        problems.append(f"<{name}> may not have attribute {attr!r}")
    if name in _REQUIRED and _REQUIRED[name] not in found:
        problems.append(f"<{name}> needs {_REQUIRED[name]!r}")
    if name == "span" and found.get("class") not in (None, "tg-spoiler"):
        problems.append('<span> is only allowed as class="tg-spoiler"')
    if name == "code" and "class" in found and not found["class"].startswith("language-"):
        problems.append("<code class> must be language-…")
    return problems


def html_problems(text: str) -> list[str]:
    """Everything Telegram would refuse in ``text``; an empty list means it would parse."""
    problems: list[str] = []
    stack: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "&":
            entity = _ENTITY.match(text, position)
            if entity is None:
                problems.append(f"bare '&' at {position}: {text[position : position + 12]!r}")
                position += 1
            else:
                position = entity.end()
            continue
        if char == ">":
            problems.append(f"bare '>' at {position}")
        if char != "<":
            position += 1
            continue
        tag = _TAG.match(text, position)
        if tag is None:
            problems.append(f"bare '<' at {position}: {text[position : position + 12]!r}")
            position += 1
            continue
        closing, name, attributes = tag.group(1) == "/", tag.group(2).lower(), tag.group(3)
        position = tag.end()
        if name not in ALLOWED_TAGS:
            problems.append(f"tag <{name}> is not allowed")
            continue
        if closing:
            if not stack or stack[-1] != name:
                problems.append(f"</{name}> closes {stack[-1] if stack else 'nothing'}")
            else:
                stack.pop()
            continue
        if stack and stack[-1] in {"pre", "code"} and not (stack[-1] == "pre" and name == "code"):
            problems.append(f"<{name}> inside <{stack[-1]}> is not formatted by Telegram")
        problems.extend(_attribute_problems(name, attributes))
        stack.append(name)
    problems.extend(f"<{name}> is never closed" for name in stack)
    length = len(plain_text(text))
    if not 0 < length <= MAX_LENGTH:
        problems.append(f"{length} characters once parsed; Telegram takes 1–{MAX_LENGTH}")
    return problems
