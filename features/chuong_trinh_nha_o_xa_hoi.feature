# language: vi
Tính năng: Cho vay nhà ở xã hội (Nghị định 100/2024/NĐ-CP Điều 48 từ 01/08/2024, sửa đổi bởi Nghị định 261/2025/NĐ-CP từ 10/10/2025)
  NHCSXH cho vay trực tiếp để mua, thuê mua nhà ở xã hội, hoặc để xây dựng mới, cải tạo, sửa chữa
  nhà ở để ở. Chỉ áp dụng điều kiện chung về người vay từ đủ 18 tuổi, có đủ năng lực hành vi dân sự
  (không xét cư trú tại xã, Tổ TK&VV, bình xét). Đối tượng theo Điều 76 Luật Nhà ở 2023:
  - khoản 5, 6, 8 (người thu nhập thấp ở đô thị, công nhân, cán bộ công chức viên chức): thu nhập
    hằng tháng không vượt mức tối đa — từ 10/10/2025: độc thân 20 triệu, độc thân nuôi con dưới tuổi
    thành niên 30 triệu, vợ chồng 40 triệu đồng; trước đó độc thân 15 triệu, vợ chồng 30 triệu đồng
    (chỉ từ nguồn thứ cấp — căn cứ chưa xác minh), độc thân nuôi con chưa rõ → "Cần rà soát";
  - khoản 2–4 (hộ nghèo, cận nghèo): được UBND xã công nhận, áp dụng chuẩn nghèo thay cho mức thu
    nhập (căn cứ chưa xác minh);
  - khoản 1, 7 (người có công, lực lượng vũ trang): điều kiện thu nhập chưa rõ → "Cần rà soát".
  Đều phải đáp ứng điều kiện về nhà ở (nguồn thứ cấp — căn cứ chưa xác minh); mua, thuê mua còn phải
  đã ký hợp đồng với chủ đầu tư và có khả năng trả nợ.

  Mức cho vay (trừ dư nợ, D8): mua, thuê mua tối đa 80% giá trị hợp đồng; xây dựng, cải tạo tối đa
  70% dự toán, không quá 1 tỷ đồng và không quá 70% giá trị tài sản bảo đảm. Thời hạn tối đa 25 năm
  (300 tháng). Lãi suất: 4,8%/năm đến 31/12/2024; 6,6%/năm năm 2025; 5,4%/năm từ 10/10/2025. Nợ quá
  hạn 130%.

  Bối cảnh:
    Cho hộ gia đình ở thành thị, chủ hộ sinh ngày 15/03/1990
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và người vay đáp ứng điều kiện về nhà ở
    Và người vay đã ký hợp đồng mua, thuê mua nhà ở xã hội với chủ đầu tư
    Và người vay có thu nhập và khả năng trả nợ
    Và giá trị hợp đồng mua, thuê mua nhà ở xã hội 800.000.000 đồng
    Và dự toán xây dựng, cải tạo, sửa chữa nhà ở 2.000.000.000 đồng
    Và giá trị tài sản bảo đảm 1.200.000.000 đồng

  Quy tắc: Mua, thuê mua nhà ở xã hội

    @rule:program.social_housing_buy.income_cap
    Kịch bản: Công nhân độc thân thu nhập 20 triệu đồng mua nhà ở xã hội giá 800 triệu đồng — vay tối đa 640 triệu đồng
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 20.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 640.000.000 đồng
      Và số tiền còn có thể vay là 640.000.000 đồng
      Và thời hạn tối đa là 300 tháng
      Và lãi suất là 5,4%/năm
      Và lãi suất nợ quá hạn là 7,02%/năm
      Và lý do có câu "Người thu nhập thấp, công nhân, cán bộ, công chức, viên chức (khoản 5, 6, 8 Điều 76 Luật Nhà ở 2023)" và "Nghị định 100/2024/NĐ-CP, sửa đổi bởi Nghị định 261/2025/NĐ-CP"
      Và lý do có câu "Thu nhập hằng tháng (vợ chồng thì tính tổng thu nhập) 20.000.000 đồng/tháng không vượt quá mức thu nhập tối đa của người độc thân 20.000.000 đồng" và "Nghị định 261/2025/NĐ-CP"
      Và giấy tờ cần chuẩn bị có "Hợp đồng mua, thuê mua nhà ở xã hội ký với chủ đầu tư"
      Và giấy tờ cần chuẩn bị có "Hợp đồng ba bên NHCSXH – chủ đầu tư – người vay"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm chính quy tắc cho vay

    @rule:program.social_housing_buy.income_cap
    Khung kịch bản: Ngày <ngày xét>, <hôn nhân>, thu nhập <thu nhập> đồng/tháng: <kết quả>
      Cho người vay thuộc nhóm "cán bộ, công chức, viên chức (khoản 8)"
      Và tình trạng hôn nhân "<hôn nhân>", thu nhập hằng tháng <thu nhập> đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày <ngày xét>
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Thu nhập hằng tháng (vợ chồng thì tính tổng thu nhập) <thu nhập> đồng/tháng <so với> <mức thu nhập> <mức> đồng"

      Dữ liệu:
        | ngày xét   | hôn nhân                                     | thu nhập   | kết quả            | so với         | mức thu nhập                                                    | mức        |
        | 09/10/2025 | độc thân                                     | 15.000.000 | Đủ điều kiện       | không vượt quá | mức thu nhập tối đa của người độc thân                          | 15.000.000 |
        | 09/10/2025 | độc thân                                     | 15.000.001 | Không đủ điều kiện | cao hơn        | mức thu nhập tối đa của người độc thân                          | 15.000.000 |
        | 10/10/2025 | độc thân                                     | 20.000.000 | Đủ điều kiện       | không vượt quá | mức thu nhập tối đa của người độc thân                          | 20.000.000 |
        | 10/10/2025 | độc thân                                     | 20.000.001 | Không đủ điều kiện | cao hơn        | mức thu nhập tối đa của người độc thân                          | 20.000.000 |
        | 09/10/2025 | đã kết hôn                                   | 30.000.000 | Đủ điều kiện       | không vượt quá | mức tổng thu nhập tối đa của vợ chồng                           | 30.000.000 |
        | 09/10/2025 | đã kết hôn                                   | 30.000.001 | Không đủ điều kiện | cao hơn        | mức tổng thu nhập tối đa của vợ chồng                           | 30.000.000 |
        | 10/10/2025 | đã kết hôn                                   | 40.000.000 | Đủ điều kiện       | không vượt quá | mức tổng thu nhập tối đa của vợ chồng                           | 40.000.000 |
        | 10/10/2025 | đã kết hôn                                   | 40.000.001 | Không đủ điều kiện | cao hơn        | mức tổng thu nhập tối đa của vợ chồng                           | 40.000.000 |
        | 10/10/2025 | độc thân đang nuôi con dưới tuổi thành niên  | 30.000.000 | Đủ điều kiện       | không vượt quá | mức thu nhập tối đa của người độc thân nuôi con dưới tuổi thành niên | 30.000.000 |
        | 10/10/2025 | độc thân đang nuôi con dưới tuổi thành niên  | 30.000.001 | Không đủ điều kiện | cao hơn        | mức thu nhập tối đa của người độc thân nuôi con dưới tuổi thành niên | 30.000.000 |

    @rule:program.social_housing_buy.income_cap
    Kịch bản: Mức thu nhập trước 10/10/2025 chỉ có ở nguồn thứ cấp — kết quả dựa vào đó mang dấu căn cứ chưa xác minh
      Cho người vay thuộc nhóm "người thu nhập thấp tại khu vực đô thị (khoản 5)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 15.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 09/10/2025
      Thì kết quả là "Đủ điều kiện"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "mức thu nhập tối đa của người độc thân"

    @rule:program.social_housing_buy.income_cap
    Kịch bản: Người độc thân nuôi con trước 10/10/2025 — mức thu nhập chưa rõ, cần rà soát
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân đang nuôi con dưới tuổi thành niên", thu nhập hằng tháng 18.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 09/10/2025
      Thì kết quả là "Cần rà soát"
      Và lý do cần rà soát có câu "Mức thu nhập tối đa của người độc thân nuôi con dưới tuổi thành niên chưa có giá trị trong văn bản tại ngày tham chiếu" và "căn cứ chưa xác minh"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "mức thu nhập tối đa của người độc thân nuôi con dưới tuổi thành niên"

    @rule:program.social_housing_buy.income_cap
    Kịch bản: Công nhân nuôi con trước 10/10/2025 — căn cứ chưa xác minh chỉ gồm mức thu nhập của chính nhóm mình
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân đang nuôi con dưới tuổi thành niên", thu nhập hằng tháng 18.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 09/10/2025
      Thì kết quả là "Cần rà soát"
      Và căn cứ chưa xác minh không gồm giá trị "mức thu nhập tối đa đối với đối tượng khoản 1, 7 Điều 76 Luật Nhà ở 2023"

    @rule:program.social_housing_buy.income_cap
    Khung kịch bản: Lãi suất ngày <ngày xét>: <lãi suất>%/năm
      Cho người vay thuộc nhóm "cán bộ, công chức, viên chức (khoản 8)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 15.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày <ngày xét>
      Thì kết quả là "Đủ điều kiện"
      Và lãi suất là <lãi suất>%/năm
      Và thời hạn tối đa là 300 tháng

      Dữ liệu:
        | ngày xét   | lãi suất |
        | 01/08/2024 | 4,8      |
        | 31/12/2024 | 4,8      |
        | 01/01/2025 | 6,6      |
        | 09/10/2025 | 6,6      |
        | 10/10/2025 | 5,4      |

    @rule:program.social_housing_buy.income_cap
    Kịch bản: Chương trình theo Nghị định 100/2024 bắt đầu từ 01/08/2024
      Cho người vay thuộc nhóm "cán bộ, công chức, viên chức (khoản 8)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 15.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 31/07/2024
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Chương trình không có quy định hiệu lực"
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 01/08/2024
      Thì kết quả là "Đủ điều kiện"

    @rule:program.social_housing_buy.poor_near_poor
    Khung kịch bản: Nhóm hộ nghèo, cận nghèo: hộ được công nhận là <tình trạng> — <kết quả> (thu nhập không xét)
      Cho người vay thuộc nhóm "hộ gia đình nghèo, cận nghèo ở nông thôn, đô thị (khoản 2–4)"
      Và tình trạng hôn nhân "đã kết hôn", thu nhập hằng tháng 50.000.000 đồng
      Và hộ được UBND xã công nhận là <tình trạng> ngày 20/12/2024
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: <tình trạng trong lý do> — <so với> nhóm hộ nghèo, hộ cận nghèo"

      Dữ liệu:
        | tình trạng                                   | tình trạng trong lý do | kết quả            | so với        |
        | hộ nghèo                                     | hộ nghèo               | Đủ điều kiện       | thuộc         |
        | hộ cận nghèo                                 | hộ cận nghèo           | Đủ điều kiện       | thuộc         |
        | hộ mới thoát nghèo                           | hộ mới thoát nghèo     | Không đủ điều kiện | không thuộc   |

    @rule:program.social_housing_buy.merit_armed_forces
    Khung kịch bản: Nhóm "<nhóm>" — điều kiện thu nhập chưa rõ, cần rà soát
      Cho người vay thuộc nhóm "<nhóm>"
      Và tình trạng hôn nhân "đã kết hôn", thu nhập hằng tháng 25.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và lý do cần rà soát có câu "Mức thu nhập tối đa đối với đối tượng khoản 1, 7 Điều 76 Luật Nhà ở 2023 chưa có giá trị trong văn bản tại ngày tham chiếu"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "mức thu nhập tối đa đối với đối tượng khoản 1, 7 Điều 76 Luật Nhà ở 2023"

      Dữ liệu:
        | nhóm                                                                    |
        | người có công với cách mạng, thân nhân liệt sĩ (khoản 1)                |
        | lực lượng vũ trang nhân dân, người làm công tác cơ yếu (khoản 7)        |

    @rule:program.social_housing_buy.income_cap @rule:program.social_housing_buy.poor_near_poor @rule:program.social_housing_buy.merit_armed_forces
    Khung kịch bản: Mua nhà ở xã hội: <điều kiện> — <kết quả>
      Cho người vay thuộc nhóm "<nhóm>"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 12.000.000 đồng
      Và <điều kiện>
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và <lý do>

      Dữ liệu:
        | nhóm                                                             | điều kiện                                                     | kết quả            | lý do                                                                                                   |
        | không thuộc khoản 1–8 Điều 76                                    | người vay có thu nhập và khả năng trả nợ                      | Không đủ điều kiện | lý do có câu "Nhóm đối tượng theo Điều 76 Luật Nhà ở 2023: không thuộc khoản 1–8 Điều 76 — không thuộc nhóm" |
        | công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6) | người vay chưa ký hợp đồng mua, thuê mua với chủ đầu tư       | Không đủ điều kiện | lý do có câu "Đã ký hợp đồng mua, thuê mua nhà ở xã hội với chủ đầu tư: không — không đạt yêu cầu"       |
        | công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6) | người vay không có khả năng trả nợ                            | Không đủ điều kiện | lý do có câu "Có thu nhập và khả năng trả nợ: không — không đạt yêu cầu"                                 |
        | công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6) | chưa rõ người vay có khả năng trả nợ hay không                | Cần rà soát        | cần bổ sung dữ liệu "Có thu nhập và khả năng trả nợ"                                                     |
        | công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6) | chưa rõ người vay đã ký hợp đồng với chủ đầu tư hay chưa      | Cần rà soát        | cần bổ sung dữ liệu "Đã ký hợp đồng mua, thuê mua nhà ở xã hội với chủ đầu tư"                           |

    @rule:program.social_housing_buy.housing_condition_not_met
    Kịch bản: Không đáp ứng điều kiện về nhà ở — từ chối, căn cứ chưa xác minh
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 12.000.000 đồng
      Nhưng người vay không đáp ứng điều kiện về nhà ở
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Không đáp ứng điều kiện về nhà ở để mua, thuê mua nhà ở xã hội" và "điều kiện về nhà ở"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm chính quy tắc cho vay

    @rule:program.social_housing_buy.housing_condition_not_met
    Kịch bản: Lời từ chối vì điều kiện nhà ở không được ghi "không — đạt yêu cầu"
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 12.000.000 đồng
      Nhưng người vay không đáp ứng điều kiện về nhà ở
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do không có câu "không — đạt yêu cầu"

    @rule:program.social_housing_buy.income_cap
    Kịch bản: Chưa rõ điều kiện về nhà ở — cần rà soát
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 12.000.000 đồng
      Nhưng chưa rõ người vay có đáp ứng điều kiện về nhà ở hay không
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Đáp ứng điều kiện về nhà ở (chưa có nhà ở thuộc sở hữu tại tỉnh nơi có dự án hoặc diện tích bình quân đầu người dưới mức tối thiểu; chưa được mua nhà ở xã hội, chưa hưởng hỗ trợ nhà ở)"

    @rule:program.social_housing_buy.income_cap
    Kịch bản: NHCSXH cho vay trực tiếp — không xét cư trú tại xã, Tổ TK&VV, bình xét
      Cho người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 12.000.000 đồng
      Và hộ không cư trú hợp pháp tại xã nơi cho vay
      Và hộ không phải là thành viên Tổ Tiết kiệm và vay vốn
      Và hộ không được Tổ TK&VV bình xét cho vay
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"

    @rule:lending.representative_adult
    Kịch bản: Người vay chưa đủ 18 tuổi — từ chối theo điều kiện chung
      Cho hộ gia đình ở thành thị, chủ hộ sinh ngày 01/06/2008
      Và người vay thuộc nhóm "công nhân, người lao động tại doanh nghiệp, hợp tác xã (khoản 6)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 12.000.000 đồng
      Khi xét chương trình "Cho vay mua, thuê mua nhà ở xã hội" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Tuổi của người đại diện vay 17 tuổi thấp hơn tuổi tối thiểu của người vay 18 tuổi"

  Quy tắc: Xây dựng mới, cải tạo, sửa chữa nhà ở

    @rule:program.social_housing_build.income_cap
    Khung kịch bản: Dự toán <dự toán> đồng, tài sản bảo đảm <tài sản> đồng: vay tối đa <mức> đồng
      Cho người vay thuộc nhóm "cán bộ, công chức, viên chức (khoản 8)"
      Và tình trạng hôn nhân "đã kết hôn", thu nhập hằng tháng 40.000.000 đồng
      Và dự toán xây dựng, cải tạo, sửa chữa nhà ở <dự toán> đồng
      Và giá trị tài sản bảo đảm <tài sản> đồng
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là <mức> đồng
      Và số tiền còn có thể vay là <mức> đồng
      Và thời hạn tối đa là 300 tháng
      Và lãi suất là 5,4%/năm

      Dữ liệu:
        | dự toán       | tài sản       | mức           |
        | 1.000.000.000 | 3.000.000.000 | 700.000.000   |
        | 2.000.000.000 | 3.000.000.000 | 1.000.000.000 |
        | 2.000.000.000 | 1.200.000.000 | 840.000.000   |

    @rule:program.social_housing_build.income_cap
    Kịch bản: Vay xây, sửa nhà không đòi hợp đồng với chủ đầu tư
      Cho người vay thuộc nhóm "người thu nhập thấp tại khu vực đô thị (khoản 5)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 20.000.000 đồng
      Và người vay chưa ký hợp đồng mua, thuê mua với chủ đầu tư
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và lý do có câu "Người thu nhập thấp, công nhân, cán bộ, công chức, viên chức (khoản 5, 6, 8 Điều 76 Luật Nhà ở 2023) có thu nhập không vượt mức tối đa và đáp ứng điều kiện nhà ở"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"

    @rule:program.social_housing_build.income_cap
    Kịch bản: Thu nhập vượt mức — từ chối
      Cho người vay thuộc nhóm "người thu nhập thấp tại khu vực đô thị (khoản 5)"
      Và tình trạng hôn nhân "độc thân", thu nhập hằng tháng 20.000.001 đồng
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Thu nhập hằng tháng (vợ chồng thì tính tổng thu nhập) 20.000.001 đồng/tháng cao hơn mức thu nhập tối đa của người độc thân 20.000.000 đồng"

    @rule:program.social_housing_build.poor_near_poor
    Kịch bản: Hộ nghèo được công nhận vay sửa nhà theo chính sách nhà ở xã hội
      Cho người vay thuộc nhóm "hộ gia đình nghèo, cận nghèo ở nông thôn, đô thị (khoản 2–4)"
      Và hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và lý do có câu "Hộ nghèo, cận nghèo (khoản 2–4 Điều 76 Luật Nhà ở 2023) được UBND xã công nhận"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm chính quy tắc cho vay

    @rule:program.social_housing_build.merit_armed_forces
    Kịch bản: Lực lượng vũ trang vay sửa nhà — điều kiện thu nhập chưa rõ, cần rà soát
      Cho người vay thuộc nhóm "lực lượng vũ trang nhân dân, người làm công tác cơ yếu (khoản 7)"
      Và tình trạng hôn nhân "đã kết hôn", thu nhập hằng tháng 25.000.000 đồng
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và căn cứ chưa xác minh gồm giá trị "mức thu nhập tối đa đối với đối tượng khoản 1, 7 Điều 76 Luật Nhà ở 2023"

    @rule:program.social_housing_build.housing_condition_not_met
    Kịch bản: Không đáp ứng điều kiện về nhà ở — không vay xây, sửa nhà
      Cho người vay thuộc nhóm "cán bộ, công chức, viên chức (khoản 8)"
      Và tình trạng hôn nhân "đã kết hôn", thu nhập hằng tháng 40.000.000 đồng
      Nhưng người vay không đáp ứng điều kiện về nhà ở
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Không đáp ứng điều kiện về nhà ở để vay xây dựng mới, cải tạo, sửa chữa nhà ở"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"

    @rule:program.social_housing_build.income_cap
    Kịch bản: Đã vay đủ 1 tỷ đồng để xây nhà — không được vay thêm
      Cho người vay thuộc nhóm "cán bộ, công chức, viên chức (khoản 8)"
      Và tình trạng hôn nhân "đã kết hôn", thu nhập hằng tháng 40.000.000 đồng
      Và giá trị tài sản bảo đảm 3.000.000.000 đồng
      Và hộ đang còn dư nợ chương trình nhà ở xã hội (xây, sửa nhà) 1.000.000.000 đồng
      Khi xét chương trình "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Dư nợ hiện tại trong chương trình 1.000.000.000 đồng không thấp hơn mức cho vay tối đa xây dựng, cải tạo nhà ở 1.000.000.000 đồng" và "Nghị định 100/2024/NĐ-CP"
