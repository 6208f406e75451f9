# language: vi
Tính năng: Cho vay hỗ trợ nhà ở vùng đồng bào dân tộc thiểu số và miền núi (Nghị định 28/2022/NĐ-CP, hiệu lực 26/04/2022)
  Thuộc Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và
  miền núi, giai đoạn 2021–2025. Ai được vay:
  - hộ nghèo dân tộc thiểu số (không cần điều kiện vùng), hoặc
  - hộ nghèo dân tộc Kinh cư trú hợp pháp ở xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu
    số và miền núi;
  tình trạng hộ nghèo theo quyết định công nhận của UBND xã (D5); có tên trong danh sách hỗ trợ nhà ở
  được phê duyệt; phương án vay phù hợp mục đích xây dựng mới, sửa chữa nhà ở; người đại diện từ đủ
  18 tuổi, có đủ năng lực hành vi dân sự và các điều kiện chung khi vay vốn.
  Vay tối đa 40 triệu đồng mỗi hộ (trừ dư nợ, D8), tối đa 15 năm (180 tháng), lãi suất 3%/năm, nợ
  quá hạn 130% (3,9%/năm). Từ 01/01/2026 giai đoạn 2021–2025 đã kết thúc, việc tiếp tục chưa rõ: mức
  vay, thời hạn, lãi suất chưa có giá trị → "Cần rà soát", căn cứ chưa xác minh.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1975
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2021
    Và hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
    Và hộ có phương án vay phù hợp mục đích xây dựng mới, sửa chữa nhà ở

  @rule:program.ethnic_minority_housing.ethnic_minority
  Kịch bản: Hộ nghèo dân tộc thiểu số được vay 40 triệu đồng làm nhà, 15 năm, 3%/năm
    Cho hộ là hộ dân tộc thiểu số
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 40.000.000 đồng
    Và số tiền còn có thể vay là 40.000.000 đồng
    Và thời hạn tối đa là 180 tháng
    Và lãi suất là 3%/năm
    Và lãi suất nợ quá hạn là 3,9%/năm
    Và lý do có câu "Hộ nghèo dân tộc thiểu số có tên trong danh sách hỗ trợ nhà ở được phê duyệt, có phương án vay phù hợp" và "Nghị định 28/2022/NĐ-CP"
    Và lý do có câu "Hộ dân tộc thiểu số: có — đạt yêu cầu"
    Và giấy tờ cần chuẩn bị có "Danh sách hộ được hỗ trợ nhà ở đã được cấp có thẩm quyền phê duyệt"
    Và giấy tờ cần chuẩn bị có "Phương án vay vốn xây dựng mới, sửa chữa nhà ở phù hợp mục đích"
    Và kết quả không dựa trên căn cứ chưa xác minh

  @rule:program.ethnic_minority_housing.ethnic_minority @rule:program.ethnic_minority_housing.kinh_extremely_difficult_area
  Khung kịch bản: Hộ nghèo <dân tộc>, <vùng>: <kết quả>
    Cho <dân tộc>
    Và <vùng>
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 14/12/2025
    Thì kết quả là "<kết quả>"
    Và <lý do>

    Dữ liệu:
      | dân tộc                     | vùng                                                                                       | kết quả            | lý do                                                                                                                               |
      | hộ là hộ dân tộc thiểu số   | hộ không cư trú tại xã, thôn đặc biệt khó khăn                                             | Đủ điều kiện       | lý do có câu "Hộ nghèo dân tộc thiểu số có tên trong danh sách hỗ trợ nhà ở"                                                        |
      | hộ là hộ dân tộc Kinh       | hộ cư trú hợp pháp tại xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi | Đủ điều kiện       | lý do có câu "Hộ nghèo dân tộc Kinh cư trú hợp pháp ở xã, thôn đặc biệt khó khăn vùng đồng bào DTTS và miền núi"                   |
      | hộ là hộ dân tộc Kinh       | hộ không cư trú tại xã, thôn đặc biệt khó khăn                                             | Không đủ điều kiện | lý do có câu "Cư trú hợp pháp tại xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi: không — không đạt yêu cầu" |
      | hộ là hộ dân tộc Kinh       | chưa rõ hộ có cư trú tại xã, thôn đặc biệt khó khăn hay không                              | Cần rà soát        | cần bổ sung dữ liệu "Cư trú hợp pháp tại xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi"                    |

  @rule:program.ethnic_minority_housing.ethnic_minority @rule:program.ethnic_minority_housing.kinh_extremely_difficult_area
  Kịch bản: Chưa rõ hộ có phải dân tộc thiểu số — cần rà soát
    Cho chưa rõ hộ có phải hộ dân tộc thiểu số hay không
    Và hộ cư trú hợp pháp tại xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 14/12/2025
    Thì kết quả là "Cần rà soát"
    Và cần bổ sung dữ liệu "Hộ dân tộc thiểu số"

  @rule:program.ethnic_minority_housing.ethnic_minority
  Khung kịch bản: Hộ dân tộc thiểu số: <điều kiện> — <kết quả>
    Cho hộ là hộ dân tộc thiểu số
    Và <điều kiện>
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 14/12/2025
    Thì kết quả là "<kết quả>"
    Và <lý do>

    Dữ liệu:
      | điều kiện                                                             | kết quả            | lý do                                                                                                       |
      | hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024             | Không đủ điều kiện | lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ cận nghèo — không phải là hộ nghèo" |
      | hộ không có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt        | Không đủ điều kiện | lý do có câu "Có tên trong danh sách hộ được hỗ trợ nhà ở đã được phê duyệt: không — không đạt yêu cầu"        |
      | phương án vay của hộ không phù hợp mục đích                           | Không đủ điều kiện | lý do có câu "Phương án vay phù hợp mục đích xây dựng mới, sửa chữa nhà ở: không — không đạt yêu cầu"          |
      | chưa rõ hộ có tên trong danh sách hỗ trợ nhà ở hay không              | Cần rà soát        | cần bổ sung dữ liệu "Có tên trong danh sách hộ được hỗ trợ nhà ở đã được phê duyệt"                            |
      | chưa rõ phương án vay của hộ có phù hợp mục đích hay không            | Cần rà soát        | cần bổ sung dữ liệu "Phương án vay phù hợp mục đích xây dựng mới, sửa chữa nhà ở"                              |
      | hộ đang còn dư nợ chương trình nhà ở đồng bào dân tộc thiểu số 40.000.000 đồng | Không đủ điều kiện | lý do có câu "Dư nợ hiện tại trong chương trình 40.000.000 đồng không thấp hơn mức cho vay tối đa nhà ở (NĐ 28/2022) 40.000.000 đồng" |
      | hộ đang còn dư nợ chương trình nhà ở đồng bào dân tộc thiểu số 15.000.000 đồng | Đủ điều kiện       | số tiền còn có thể vay là 25.000.000 đồng                                                                   |

  @rule:program.ethnic_minority_housing.ethnic_minority
  Kịch bản: Nghị định 28/2022 có hiệu lực từ 26/04/2022
    Cho hộ là hộ dân tộc thiểu số
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 25/04/2022
    Thì kết quả là "Không đủ điều kiện"
    Và lý do có câu "Chương trình không có quy định hiệu lực"
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 26/04/2022
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 40.000.000 đồng

  @rule:program.ethnic_minority_housing.ethnic_minority
  Kịch bản: Giai đoạn 2021–2025 kết thúc — từ 01/01/2026 mức vay chưa rõ, cần rà soát
    Cho hộ là hộ dân tộc thiểu số
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 31/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 40.000.000 đồng
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 01/01/2026
    Thì kết quả là "Cần rà soát"
    Và mức cho vay tối đa chưa rõ
    Và thời hạn tối đa chưa rõ
    Và lãi suất chưa rõ
    Và lý do cần rà soát có câu "Mức cho vay tối đa nhà ở (NĐ 28/2022) chưa có giá trị trong văn bản tại ngày tham chiếu" và "căn cứ chưa xác minh"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "mức cho vay tối đa nhà ở (NĐ 28/2022)"

  @rule:lending.representative_adult
  Kịch bản: Người đại diện hộ chưa đủ 18 tuổi — từ chối (điều kiện của Nghị định 28/2022 và điều kiện chung)
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 01/06/2008
    Và hộ là hộ dân tộc thiểu số
    Khi xét chương trình "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi (NĐ 28/2022)" ngày 14/12/2025
    Thì kết quả là "Không đủ điều kiện"
    Và lý do có câu "Tuổi của người đại diện vay 17 tuổi thấp hơn tuổi tối thiểu của người vay 18 tuổi"
