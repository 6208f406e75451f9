"""The provinces households are generated in: realism by province, official units from the package.

One table for every generator (data/make_sample.py, engine/generation/tables.py). The realism
knobs — region, relative number of households, share in wards, the name groups of its people,
the village naming style, a few communes and wards to draw from — are ours (order of magnitude,
../shared/DATA-FACTS.md), not law. Names and codes of the units are never typed here: each province
code and each commune name is resolved against the administrative units in force since 01/07/2025
(engine.places.units, the pinned vietnam-provinces list), and a name that does not match exactly one
unit of its province fails on first use (tests/test_sample_data.py resolves them all).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from engine.places import units


@dataclass(frozen=True)
class Province:
    code: str  # GSO code of a province in force since 01/07/2025
    region: str  # socio-economic region key (nmm, ch, ncc, mkd, rrd, se)
    weight: float  # relative number of households within its region (order of magnitude)
    urban: float  # share of households in wards (phường)
    groups: tuple  # ((name group, share), ...); the rest are Kinh
    village: str  # village naming style in rural communes
    rural_names: tuple  # communes (xã) households are drawn from, as officially named
    ward_names: tuple  # wards (phường)

    @cached_property
    def unit(self) -> units.Unit:
        found = units.province(self.code)
        if found is None:
            raise ValueError(f"mã tỉnh {self.code} không có trong danh mục đơn vị hành chính từ 01/07/2025")
        return found

    @property
    def name(self) -> str:
        return self.unit.name

    @cached_property
    def rural(self) -> tuple:
        """((commune code, official name), …) of the communes."""
        return tuple(_resolve(self.code, n) for n in self.rural_names)

    @cached_property
    def wards(self) -> tuple:
        return tuple(_resolve(self.code, n) for n in self.ward_names)

    @cached_property
    def all_communes(self) -> tuple:
        """Every commune and ward of the province in force (the national generator draws from all)."""
        return tuple(u.code for u in units.communes_of(self.code))


def _resolve(province_code: str, name: str) -> tuple[str, str]:
    found = [u for u in units.communes_named(name, province_code) if units.exact(u.name) == units.exact(name)]
    if len(found) != 1:
        raise ValueError(f"{name!r} không khớp đúng một đơn vị của tỉnh {province_code}: {[u.name for u in found]}")
    return found[0].code, found[0].name


# 34 provincial units since 01/07/2025.
PROVINCES = (
    Province("15", "nmm", 1.8, 0.2, (("hmong", 0.35), ("dao", 0.15), ("tay_nung", 0.10)), "thon_hmong",
             ("xã Bát Xát", "xã Mường Khương", "xã Bắc Hà", "xã Mù Cang Chải", "xã Si Ma Cai"),
             ("phường Sa Pa", "phường Cam Đường", "phường Yên Bái")),
    Province("11", "nmm", 0.65, 0.15, (("thai", 0.40), ("hmong", 0.38)), "ban",
             ("xã Mường Nhé", "xã Tủa Chùa", "xã Mường Chà", "xã Mường Phăng"),
             ("phường Điện Biên Phủ", "phường Mường Lay")),
    Province("12", "nmm", 0.5, 0.15, (("hmong", 0.38), ("thai", 0.30), ("dao", 0.14)), "ban",
             ("xã Sìn Hồ", "xã Phong Thổ", "xã Mường Tè", "xã Than Uyên"),
             ("phường Tân Phong",)),
    Province("14", "nmm", 1.3, 0.13, (("thai", 0.55), ("hmong", 0.16), ("muong", 0.08)), "ban",
             ("xã Sốp Cộp", "xã Bắc Yên", "xã Thuận Châu", "xã Mường La"),
             ("phường Tô Hiệu", "phường Mộc Châu")),
    Province("04", "nmm", 0.55, 0.18, (("tay_nung", 0.75), ("hmong", 0.10), ("dao", 0.10)), "thon_north_mtn",
             ("xã Bảo Lâm", "xã Hà Quảng", "xã Trùng Khánh", "xã Nguyên Bình"),
             ("phường Thục Phán",)),
    Province("20", "nmm", 0.8, 0.2, (("tay_nung", 0.80), ("dao", 0.05)), "thon_north_mtn",
             ("xã Bình Gia", "xã Văn Quan", "xã Tràng Định", "xã Đình Lập"),
             ("phường Đông Kinh",)),
    Province("08", "nmm", 1.9, 0.17, (("tay_nung", 0.35), ("hmong", 0.22), ("dao", 0.12)), "thon_hmong",
             ("xã Đồng Văn", "xã Mèo Vạc", "xã Yên Minh", "xã Lâm Bình", "xã Nà Hang"),
             ("phường Minh Xuân", "phường Hà Giang 1")),
    Province("19", "nmm", 1.8, 0.35, (("tay_nung", 0.25), ("dao", 0.05)), "thon_north_mtn",
             ("xã Định Hóa", "xã Võ Nhai", "xã Ba Bể", "xã Chợ Đồn"),
             ("phường Phan Đình Phùng", "phường Đức Xuân")),
    Province("25", "nmm", 4.0, 0.25, (("muong", 0.25), ("dao", 0.03)), "thon_north_mtn",
             ("xã Đà Bắc", "xã Tân Sơn", "xã Mai Châu", "xã Yên Lập"),
             ("phường Việt Trì", "phường Vĩnh Yên", "phường Hòa Bình")),
    Province("01", "rrd", 8.5, 0.5, (), "thon_delta",
             ("xã Ba Vì", "xã Mỹ Đức", "xã Sóc Sơn"),
             ("phường Hoàn Kiếm", "phường Ba Đình", "phường Hoàng Mai", "phường Hà Đông")),
    Province("31", "rrd", 4.7, 0.45, (), "thon_delta",
             ("xã Tiên Lãng", "xã Vĩnh Bảo", "xã Thanh Hà"),
             ("phường Lê Chân", "phường Ngô Quyền")),
    Province("22", "rrd", 1.4, 0.65, (("dao", 0.05), ("tay_nung", 0.05)), "thon_north_mtn",
             ("xã Bình Liêu", "xã Ba Chẽ", "xã Tiên Yên"),
             ("phường Hạ Long", "phường Cẩm Phả")),
    Province("24", "rrd", 3.6, 0.35, (("tay_nung", 0.04),), "thon_delta",
             ("xã Sơn Động", "xã Lục Ngạn", "xã Yên Thế"),
             ("phường Kinh Bắc", "phường Bắc Giang")),
    Province("33", "rrd", 3.6, 0.2, (), "thon_delta",
             ("xã Tiên Lữ", "xã Thái Thụy", "xã Quỳnh Phụ"),
             ("phường Phố Hiến", "phường Thái Bình")),
    Province("37", "rrd", 4.4, 0.25, (), "thon_delta",
             ("xã Nho Quan", "xã Kim Sơn", "xã Hải Hậu"),
             ("phường Hoa Lư", "phường Nam Định", "phường Phủ Lý")),
    Province("38", "ncc", 3.7, 0.2, (("thai", 0.08), ("muong", 0.08)), "thon_central",
             ("xã Mường Lát", "xã Quan Sơn", "xã Bá Thước", "xã Nga Sơn", "xã Hoằng Hóa"),
             ("phường Hạc Thành", "phường Sầm Sơn")),
    Province("40", "ncc", 3.4, 0.16, (("thai", 0.12), ("hmong", 0.02)), "thon_central",
             ("xã Tương Dương", "xã Quế Phong", "xã Con Cuông", "xã Diễn Châu", "xã Yên Thành"),
             ("phường Trường Vinh", "phường Thành Vinh")),
    Province("42", "ncc", 1.3, 0.2, (), "thon_central",
             ("xã Hương Khê", "xã Kỳ Anh", "xã Cẩm Xuyên"),
             ("phường Thành Sen",)),
    Province("44", "ncc", 1.9, 0.25, (("bru", 0.07),), "thon_central",
             ("xã Hướng Phùng", "xã Đakrông", "xã Minh Hóa", "xã Lệ Thủy"),
             ("phường Đồng Hới", "phường Đông Hà")),
    Province("46", "ncc", 1.2, 0.5, (("bru", 0.03),), "thon_central",
             ("xã A Lưới 2", "xã Quảng Điền", "xã Phú Vang"),
             ("phường Thuận Hóa", "phường Phú Xuân")),
    Province("48", "ncc", 3.0, 0.55, (), "thon_central",
             ("xã Nam Trà My", "xã Đại Lộc", "xã Thăng Bình"),
             ("phường Hải Châu", "phường Hội An", "phường Tam Kỳ")),
    Province("51", "ncc", 1.9, 0.2, (("hre", 0.12), ("sedang", 0.08)), "thon_central",
             ("xã Ba Tơ", "xã Sơn Hà", "xã Tu Mơ Rông", "xã Đăk Hà"),
             ("phường Cẩm Thành", "phường Kon Tum")),
    Province("56", "ncc", 2.0, 0.45, (), "thon_central",
             ("xã Khánh Sơn", "xã Cam Lâm", "xã Ninh Phước"),
             ("phường Nha Trang", "phường Phan Rang")),
    Province("52", "ch", 3.5, 0.3, (("jrai", 0.25), ("sedang", 0.03)), "lang",
             ("xã Ia Grai", "xã Chư Păh", "xã Krong", "xã Đak Đoa", "xã Hoài Ân"),
             ("phường Pleiku", "phường Quy Nhơn")),
    Province("66", "ch", 3.3, 0.28, (("ede", 0.25), ("tay_nung", 0.05)), "buon",
             ("xã Ea Kar", "xã Krông Bông", "xã Liên Sơn Lắk", "xã Ea Súp"),
             ("phường Buôn Ma Thuột", "phường Tuy Hòa")),
    Province("68", "ch", 3.9, 0.35, (("koho", 0.12), ("ede", 0.05)), "thon_lamdong",
             ("xã Lạc Dương", "xã Di Linh", "xã Tuy Đức", "xã Bắc Bình"),
             ("phường Lâm Viên - Đà Lạt", "phường Phan Thiết", "phường Bắc Gia Nghĩa")),
    Province("79", "se", 14.0, 0.8, (), "ap",
             ("xã Cần Giờ", "xã Củ Chi", "xã Hóc Môn"),
             ("phường Sài Gòn", "phường Bến Thành", "phường Thủ Dầu Một", "phường Vũng Tàu")),
    Province("75", "se", 4.5, 0.45, (), "ap",
             ("xã Tân Phú", "xã Bù Đăng", "xã Định Quán", "xã Xuân Lộc"),
             ("phường Trấn Biên", "phường Đồng Xoài")),
    Province("80", "se", 3.2, 0.3, (("khmer", 0.01),), "ap",
             ("xã Tân Biên", "xã Châu Thành", "xã Cần Giuộc", "xã Đức Huệ"),
             ("phường Tân Ninh", "phường Long An")),
    Province("92", "mkd", 4.2, 0.4, (("khmer", 0.15),), "ap",
             ("xã Trần Đề", "xã Phong Điền", "xã Trường Long"),
             ("phường Ninh Kiều", "phường Sóc Trăng", "phường Vị Thanh")),
    Province("91", "mkd", 4.9, 0.3, (("khmer", 0.08),), "ap",
             ("xã Tri Tôn", "xã Hòn Đất", "xã An Phú"),
             ("phường Long Xuyên", "phường Rạch Giá")),
    Province("82", "mkd", 4.2, 0.2, (), "ap",
             ("xã Tháp Mười", "xã Cái Bè", "xã Tân Hồng"),
             ("phường Cao Lãnh", "phường Mỹ Tho")),
    Province("86", "mkd", 4.3, 0.2, (("khmer", 0.10),), "ap",
             ("xã Trà Cú", "xã Cầu Ngang", "xã Ba Tri", "xã Trà Ôn"),
             ("phường Thanh Đức", "phường Bến Tre", "phường Trà Vinh")),
    Province("96", "mkd", 2.6, 0.3, (("khmer", 0.02),), "ap",
             ("xã Phan Ngọc Hiển", "xã U Minh", "xã Đầm Dơi", "xã Hồng Dân"),
             ("phường An Xuyên", "phường Bạc Liêu")),
)
BY_CODE = {p.code: p for p in PROVINCES}
