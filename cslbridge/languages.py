"""Language names as exports write them (babel/langid names, English and native names,
ISO 639-2 codes) mapped to the BCP 47 codes CSL-JSON's `language` holds."""

NAMES = {
    "english": "en", "american": "en-US", "usenglish": "en-US", "british": "en-GB",
    "ukenglish": "en-GB", "canadian": "en-CA", "australian": "en-AU", "newzealand": "en-NZ",
    "german": "de", "ngerman": "de", "austrian": "de-AT", "naustrian": "de-AT",
    "swissgerman": "de-CH", "nswissgerman": "de-CH", "french": "fr", "francais": "fr",
    "russian": "ru", "ukrainian": "uk", "belarusian": "be", "kazakh": "kk", "spanish": "es",
    "italian": "it", "portuguese": "pt", "portuges": "pt", "brazil": "pt-BR", "brazilian": "pt-BR",
    "polish": "pl", "czech": "cs", "slovak": "sk", "dutch": "nl", "swedish": "sv",
    "norwegian": "nb", "norsk": "nb", "nynorsk": "nn", "danish": "da", "finnish": "fi",
    "hungarian": "hu", "magyar": "hu", "greek": "el", "turkish": "tr", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "arabic": "ar", "hebrew": "he", "latin": "la",
    "catalan": "ca", "croatian": "hr", "serbian": "sr", "slovene": "sl", "slovenian": "sl",
    "romanian": "ro", "bulgarian": "bg", "estonian": "et", "latvian": "lv",
    "lithuanian": "lt", "georgian": "ka", "armenian": "hy", "persian": "fa", "farsi": "fa",
    "hindi": "hi", "vietnamese": "vi", "indonesian": "id", "icelandic": "is",
    "irish": "ga", "welsh": "cy", "basque": "eu", "galician": "gl", "afrikaans": "af",
    # ISO 639-2 codes some exporters use
    "eng": "en", "rus": "ru", "ukr": "uk", "ger": "de", "deu": "de", "fre": "fr", "fra": "fr",
    "spa": "es", "ita": "it", "pol": "pl", "chi": "zh", "zho": "zh", "jpn": "ja",
    "por": "pt", "kaz": "kk",
    # names in the language itself, and Russian library exports
    "deutsch": "de", "français": "fr", "español": "es", "українська": "uk", "russkii": "ru",
    "русский": "ru", "английский": "en", "украинский": "uk", "немецкий": "de", "французский": "fr",
}


def language_code(value: str) -> str:
    """A language name or langid -> BCP 47; anything else (already a code like `en-US`,
    or a language we do not know) is kept as given."""
    value = value.strip()
    return NAMES.get(value.lower().replace(" ", ""), value)
