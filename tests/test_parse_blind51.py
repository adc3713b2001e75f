"""Blind batch 51: Russian and Central Asian journals' lists as printed since 2022 (GOST R 7.0.100-2018 and the
transliterated References)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, genre, title", [
    ("Ахмедова, Д. Р. Трудовая миграция из Узбекистана в условиях санкционного давления : дис. ... канд. экон. "
     "наук : 5.2.3 / Ахмедова Дилноза Рустамовна ; Российский экономический университет им. Г. В. Плеханова. – "
     "Москва, 2023. – 176 с.", "дис. ... канд. экон. наук : 5.2.3",
     "Трудовая миграция из Узбекистана в условиях санкционного давления"),
    ("Орлова Т. Н. Налоговая политика регионов России : автореф. дис. ... д-ра экон. наук : 5.2.4. – Казань, "
     "2022. – 40 с.", "автореф. дис. ... д-ра экон. наук : 5.2.4", "Налоговая политика регионов России"),
    ("Сидоров П. А. Информационная безопасность критической инфраструктуры : дис. … канд. техн. наук : 2.3.6. – "
     "Новосибирск, 2024. – 154 с.", "дис. … канд. техн. наук : 2.3.6", "Информационная безопасность критической "
     "инфраструктуры"),
])
def test_a_dissertation_s_speciality_code_of_the_2021_nomenclature_is_in_its_genre(text, genre, title):
    """Since 2021 the specialities are coded '5.2.3', '2.3.6' (the old nomenclature '08.00.05'); the code after the
    degree belongs to the genre as the old one did. It had been left in the title ('...: : 5.2.3')."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["genre"], item["title"]) == (genre, title)

