"""Vietnamese labels of the household form's choices (the codes are engine/facts/model.py's enums)."""
from __future__ import annotations

AREA = {"rural": "Nông thôn", "urban": "Thành thị / đô thị"}
RELATION = {"head": "Chủ hộ", "spouse": "Vợ/chồng", "child": "Con", "parent": "Bố/mẹ", "grandchild": "Cháu",
            "grandparent": "Ông/bà", "sibling": "Anh/chị/em", "child_in_law": "Con dâu/con rể", "other": "Khác"}
EDUCATION = {"none": "Chưa đi học", "primary": "Tiểu học", "lower_secondary": "Trung học cơ sở",
             "upper_secondary": "Trung học phổ thông", "vocational_elementary": "Sơ cấp nghề",
             "vocational_intermediate": "Trung cấp", "college": "Cao đẳng", "university": "Đại học trở lên"}
SCHOOL = {"appropriate": "Đi học đúng cấp", "behind": "Đi học nhưng không đúng cấp", "not_attending": "Không đi học"}
EMPLOYMENT = {"wage_with_contract": "Làm công, có hợp đồng", "wage_without_contract": "Làm công, không hợp đồng",
              "self_employed": "Tự làm (nông nghiệp, buôn bán…)", "unemployed": "Thất nghiệp (muốn làm, không có việc)",
              "not_in_labour_force": "Không tham gia lao động (đi học, nội trợ, già yếu…)"}
NUTRITION = {"normal": "Bình thường", "stunted": "Thấp còi", "underweight": "Suy dinh dưỡng nhẹ cân"}
DURABILITY = {"durable": "Bền chắc", "non_durable": "Không bền chắc"}
WATER = {"piped": "Nước máy", "drilled_well": "Giếng khoan", "protected_well": "Giếng đào được bảo vệ",
         "protected_spring": "Nước khe/mó được bảo vệ", "rainwater": "Nước mưa", "bottled": "Nước đóng bình",
         "unprotected_well": "Giếng đào không được bảo vệ", "unprotected_spring": "Nước khe/mó không được bảo vệ",
         "surface_water": "Nước sông, suối, ao hồ", "other": "Khác"}
LATRINE = {"septic": "Tự hoại", "semi_septic": "Bán tự hoại", "pour_flush": "Dội nước", "other_approved": "Loại hợp vệ sinh khác",
           "unhygienic": "Không hợp vệ sinh", "none": "Không có nhà tiêu"}
ASSETS = {"tv": "Ti vi", "radio": "Đài (radio)", "computer": "Máy tính"}
STATUS = {"poor": "Hộ nghèo", "near_poor": "Hộ cận nghèo", "escaped_poor": "Hộ mới thoát nghèo",
          "escaped_near_poor": "Hộ mới thoát cận nghèo", "none": "Không thuộc danh sách"}
TRISTATE = {"": "Chưa rõ", "true": "Có", "false": "Không"}
PROGRAM_OUTCOME_CLASS = {"eligible": "ok", "not_eligible": "no", "needs_review": "review"}
CLASS_OUTCOME_CLASS = {"poor": "poor", "near_poor": "near", "average": "avg", "none": "none", "needs_review": "review"}
CONFIDENCE = {"C2": "Đã đối chiếu hai nguồn (C2)", "C1": "Một nguồn (C1)", "U": "Căn cứ chưa xác minh (U)"}
