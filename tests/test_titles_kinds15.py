"""Issue 14: kinds seen in t17-dev's small topics (title15), each with made-up stories of its own: a place the lost
letters of a broken feed cut ("Qu ng Nam")."""

import re

from digest.topics.titles import story_title
from tests.titles_support import key_names


def _lost_letters(text: str) -> str:
    """The text as a feed that lost its accented letters gives it: each becomes a gap ("Quảng" -> "Qu ng")."""
    return " ".join(re.sub(r"[^\x00-\x7f]", " ", text).split())


# Made-up Vietnamese reports of a flood in Quảng Nam, as a broken feed gives them: "Qu ng Nam".
_FLOOD = [
    "Tỉnh Quảng Nam đã sơ tán hàng nghìn người dân vì lũ lụt trên sông Thu Bồn. Công ty Samsung cho biết nhà máy tại "
    "Quảng Nam tạm ngừng hoạt động trong ba ngày. Chính quyền Quảng Nam nói nước lũ đã lên rất nhanh trong đêm. Nhiều "
    "trường học ở Quảng Nam phải đóng cửa và học sinh được nghỉ học. Tổ chức UNICEF đã gửi nước sạch và thuốc cho các "
    "gia đình ở vùng lũ.",
    "Nước lũ ở Quảng Nam bắt đầu rút vào sáng thứ Năm nhưng nhiều xã vẫn bị cô lập. Công nhân của Samsung được nghỉ "
    "làm có lương cho đến khi nhà máy mở cửa lại. UNICEF cho biết hơn hai mươi nghìn trẻ em ở Quảng Nam cần được "
    "giúp đỡ. Người dân Quảng Nam đang dọn bùn trong nhà và trên đường phố sau trận lũ lớn nhất trong nhiều năm.",
    "Samsung nói nhà máy ở Quảng Nam sẽ hoạt động trở lại vào tuần sau. UNICEF và Hội Chữ thập đỏ tiếp tục phát gạo và "
    "nước sạch cho các gia đình ở Quảng Nam. Chính phủ hứa sẽ giúp nông dân Quảng Nam mua giống lúa mới sau khi lũ phá "
    "hỏng ruộng lúa. Trường học ở Quảng Nam sẽ mở cửa lại vào tuần tới nếu trời không mưa.",
]


def test_a_broken_texts_cut_place_names_no_story() -> None:
    """ "Nam" is what the lost letters left of "Quảng Nam" ("Qu ng Nam"), the name most written: a cut place names
    another place or none. The title keeps the names the texts write whole, as they write them ("UNICEF")."""
    texts = [("", _lost_letters(t)) for t in _FLOOD]
    assert "Qu ng Nam" in texts[0][1]
    title = story_title(texts, key_names(texts))
    assert "Nam" not in title.split() and title == "UNICEF Samsung", title
