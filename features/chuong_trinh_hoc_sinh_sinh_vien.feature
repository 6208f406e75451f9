# language: vi
Tính năng: Cho vay học sinh, sinh viên có hoàn cảnh khó khăn (Quyết định 157/2007/QĐ-TTg, sửa đổi bởi Quyết định 05/2022/QĐ-TTg)
  Hộ gia đình vay cho người học (học sinh, sinh viên) đang học tại đại học (hoặc tương đương), cao
  đẳng, trung cấp chuyên nghiệp, hoặc cơ sở giáo dục nghề nghiệp được cấp phép; người đại diện hộ ký
  và trả nợ, nên hộ phải đáp ứng các điều kiện chung khi vay vốn. Đủ một nhóm đối tượng là đủ:
  Từ 19/05/2022 (Quyết định 05/2022/QĐ-TTg):
  (1) mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động;
  (2) thành viên hộ nghèo, hộ cận nghèo được UBND xã công nhận, hoặc hộ có mức sống trung bình
      (theo kết quả phân loại chuẩn nghèo, vì dữ liệu không có danh sách hộ mức sống trung bình);
  (3) gia đình gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh trong thời gian học,
      được UBND xã xác nhận.
  Trước 19/05/2022 nhóm (2) là hộ nghèo, hoặc hộ có thu nhập bình quân tối đa 150% chuẩn thu nhập hộ
  nghèo; nhóm (1) và (3) được đọc là không đổi. Từ 01/01/2027 dải mức sống trung bình chưa rõ (D2):
  nhóm hộ mức sống trung bình được "Cần rà soát".

  Mức cho vay tính theo tháng (không trừ dư nợ; ngày xét là ngày giải ngân): trước 01/12/2019 chưa
  rõ (căn cứ chưa xác minh); 2.500.000 đồng/tháng từ 01/12/2019; 4.000.000 đồng/tháng với khoản giải
  ngân từ 19/05/2022. Lãi suất 6,6%/năm, nợ quá hạn 8,58%/năm; thời hạn tối đa chưa có trong văn
  bản tham chiếu (chỉ biết trả nợ lần đầu 12 tháng sau khi kết thúc khoá học).

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1975
    Và hộ có thêm thành viên số 2 là con, sinh ngày 10/09/2005
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và người học đang học tại "đại học (hoặc tương đương)"
    Và người học không mồ côi
    Và gia đình người học không gặp khó khăn đột xuất

  @rule:program.students.poor_or_near_poor
  Kịch bản: Sinh viên đại học thuộc hộ nghèo được vay 4 triệu đồng mỗi tháng
    Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
    Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 4.000.000 đồng/tháng
    Và số tiền còn có thể vay là 4.000.000 đồng/tháng
    Và lãi suất là 6,6%/năm
    Và lãi suất nợ quá hạn là 8,58%/năm
    Và thời hạn tối đa chưa rõ
    Và lý do có câu "Học sinh, sinh viên là thành viên hộ nghèo, hộ cận nghèo được UBND xã công nhận" và "đối tượng (2)" và "Quyết định 157/2007/QĐ-TTg, sửa đổi bởi Quyết định 05/2022/QĐ-TTg"
    Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ nghèo — thuộc nhóm hộ nghèo, hộ cận nghèo"
    Và lý do có câu "Loại cơ sở đào tạo của học sinh, sinh viên: đại học (hoặc tương đương) — thuộc nhóm đại học (hoặc tương đương), cao đẳng, trung cấp chuyên nghiệp"
    Và giấy tờ cần chuẩn bị có "Giấy xác nhận của nhà trường"
    Và giấy tờ cần chuẩn bị có "Trả nợ lần đầu 12 tháng sau khi kết thúc khoá học"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay tối đa học sinh, sinh viên"

  Quy tắc: Đủ một nhóm đối tượng là được vay (từ 19/05/2022)

    @rule:program.students.orphan @rule:program.students.poor_or_near_poor @rule:program.students.average_living_standard @rule:program.students.hardship
    Khung kịch bản: Nhóm đối tượng: <nhóm>
      Cho <hoàn cảnh>
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và lý do có câu "<quy tắc>" và "<căn cứ>"

      Dữ liệu:
        | nhóm                       | hoàn cảnh                                                                                                   | quy tắc                                                                                                                | căn cứ        |
        | (1) mồ côi                 | người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động              | Học sinh, sinh viên mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động                | đối tượng (1) |
        | (2) hộ cận nghèo           | hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024                                                    | Học sinh, sinh viên là thành viên hộ nghèo, hộ cận nghèo được UBND xã công nhận                                        | đối tượng (2) |
        | (2) hộ mức sống trung bình | thu nhập bình quân 2.000.000 đồng/người/tháng                                                                | Học sinh, sinh viên là thành viên hộ có mức sống trung bình                                                            | đối tượng (2) |
        | (3) gia đình gặp khó khăn  | gia đình người học gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh, được UBND xã xác nhận | Học sinh, sinh viên có gia đình gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh trong thời gian học | đối tượng (3) |

    @rule:program.students.orphan @rule:program.students.poor_or_near_poor @rule:program.students.average_living_standard @rule:program.students.hardship
    Kịch bản: Không thuộc nhóm nào — từ chối, nêu từng nhóm và điều kiện không đạt
      Cho hộ chưa có quyết định công nhận nào của UBND xã
      Và thu nhập bình quân 3.500.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Học sinh, sinh viên mồ côi" và "đối tượng (1)" và "Quyết định 05/2022/QĐ-TTg"
      Và lý do có câu "Mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động: không — không đạt yêu cầu"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: không thuộc danh sách — không thuộc nhóm hộ nghèo, hộ cận nghèo"
      Và lý do có câu "Kết quả phân loại theo chuẩn nghèo tại ngày tham chiếu: không thuộc diện — không phải là hộ có mức sống trung bình"
      Và lý do có câu "Gia đình gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh trong thời gian học (UBND xã xác nhận): không — không đạt yêu cầu"

    @rule:program.students.orphan @rule:program.students.poor_or_near_poor @rule:program.students.average_living_standard @rule:program.students.hardship
    Kịch bản: Sinh viên đại học bị từ chối — lý do không được nói trường đại học "không phải là cơ sở giáo dục nghề nghiệp"
      Cho hộ chưa có quyết định công nhận nào của UBND xã
      Và thu nhập bình quân 3.500.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do không có câu "không phải là cơ sở giáo dục nghề nghiệp"

  Quy tắc: Người học phải đang học tại cơ sở đào tạo thuộc diện được vay

    @rule:program.students.orphan
    Khung kịch bản: Người học mồ côi đang học tại "<cơ sở>" (<cấp phép>): <kết quả>
      Cho người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động
      Và người học đang học tại "<cơ sở>"
      Và <cấp phép>
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
      Thì kết quả là "<kết quả>"

      Dữ liệu:
        | cơ sở                       | cấp phép                                                        | kết quả            |
        | đại học (hoặc tương đương)  | chưa rõ cơ sở giáo dục nghề nghiệp của người học có được cấp phép hay không | Đủ điều kiện       |
        | cao đẳng                    | chưa rõ cơ sở giáo dục nghề nghiệp của người học có được cấp phép hay không | Đủ điều kiện       |
        | trung cấp chuyên nghiệp     | chưa rõ cơ sở giáo dục nghề nghiệp của người học có được cấp phép hay không | Đủ điều kiện       |
        | cơ sở giáo dục nghề nghiệp  | cơ sở giáo dục nghề nghiệp của người học được cấp phép           | Đủ điều kiện       |
        | cơ sở giáo dục nghề nghiệp  | cơ sở giáo dục nghề nghiệp của người học chưa được cấp phép      | Không đủ điều kiện |
        | cơ sở giáo dục nghề nghiệp  | chưa rõ cơ sở giáo dục nghề nghiệp của người học có được cấp phép hay không | Cần rà soát        |
        | cơ sở khác                  | chưa rõ cơ sở giáo dục nghề nghiệp của người học có được cấp phép hay không | Không đủ điều kiện |

    @rule:program.students.orphan
    Kịch bản: Cơ sở giáo dục nghề nghiệp chưa rõ đã được cấp phép — cần rà soát, nêu điều còn thiếu
      Cho người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động
      Và người học đang học tại "cơ sở giáo dục nghề nghiệp"
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Cơ sở giáo dục nghề nghiệp được cấp phép"

    @rule:program.students.orphan @rule:program.students.poor_or_near_poor @rule:program.students.average_living_standard @rule:program.students.hardship
    Kịch bản: Chưa rõ người học học ở đâu — cần rà soát
      Cho người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động
      Và người học đang học tại ""
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Loại cơ sở đào tạo của học sinh, sinh viên"

  Quy tắc: Mức cho vay mỗi tháng đổi ngày 01/12/2019 và ngày 19/05/2022

    @rule:program.students.orphan_before_qd05_2022
    Khung kịch bản: Giải ngân ngày <ngày xét>: mức cho vay <mức>
      Cho người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày <ngày xét>
      Thì kết quả là "Đủ điều kiện"
      Và <mức>
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "<căn cứ chưa xác minh>"

      Dữ liệu:
        | ngày xét   | mức                                                  | căn cứ chưa xác minh                                        |
        | 01/01/2016 | mức cho vay tối đa chưa rõ                           | mức cho vay tối đa mỗi tháng cho một học sinh, sinh viên    |
        | 30/11/2019 | mức cho vay tối đa chưa rõ                           | mức cho vay tối đa mỗi tháng cho một học sinh, sinh viên    |
        | 01/12/2019 | mức cho vay tối đa là 2.500.000 đồng/tháng           | thời hạn cho vay tối đa học sinh, sinh viên                 |
        | 18/05/2022 | mức cho vay tối đa là 2.500.000 đồng/tháng           | thời hạn cho vay tối đa học sinh, sinh viên                 |

    @rule:program.students.orphan_before_qd05_2022 @rule:program.students.orphan
    Kịch bản: Giải ngân ngày 18/05/2022 theo mức 2,5 triệu đồng, từ 19/05/2022 theo Quyết định 05/2022 mức 4 triệu đồng
      Cho người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 18/05/2022
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là 2.500.000 đồng/tháng
      Và lý do có câu "Học sinh, sinh viên mồ côi (trước 19/05/2022)" và "Quyết định 157/2007/QĐ-TTg"
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 19/05/2022
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là 4.000.000 đồng/tháng
      Và lý do có câu "Học sinh, sinh viên mồ côi cả cha lẫn mẹ" và "Quyết định 157/2007/QĐ-TTg, sửa đổi bởi Quyết định 05/2022/QĐ-TTg"

  Quy tắc: Trước 19/05/2022 — hộ nghèo hoặc thu nhập tối đa 150% chuẩn thu nhập hộ nghèo

    @rule:program.students.orphan_before_qd05_2022 @rule:program.students.poor_or_low_income_before_qd05_2022 @rule:program.students.hardship_before_qd05_2022
    Khung kịch bản: Ngày 15/06/2021, nhóm đối tượng: <nhóm>
      Cho <hoàn cảnh>
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 15/06/2021
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là 2.500.000 đồng/tháng
      Và lý do có câu "<quy tắc>" và "Quyết định 157/2007/QĐ-TTg"

      Dữ liệu:
        | nhóm                      | hoàn cảnh                                                                                      | quy tắc                                                                      |
        | (1) mồ côi                | người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động | Học sinh, sinh viên mồ côi (trước 19/05/2022)                                |
        | (2) hộ nghèo              | hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2020                                           | Học sinh, sinh viên thuộc hộ nghèo hoặc hộ có thu nhập tối đa 150% thu nhập hộ nghèo (trước 19/05/2022) |
        | (3) gia đình gặp khó khăn | gia đình người học gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh, được UBND xã xác nhận | Học sinh, sinh viên có gia đình gặp khó khăn được UBND xã xác nhận (trước 19/05/2022) |

    @rule:program.students.poor_or_low_income_before_qd05_2022
    Khung kịch bản: Ngày <ngày xét>, hộ ở <khu vực> thu nhập <thu nhập> đồng/người/tháng (<tỷ lệ> chuẩn thu nhập hộ nghèo): <kết quả>
      Cho hộ gia đình ở <khu vực>, chủ hộ sinh ngày 15/03/1975
      Và thu nhập bình quân của hộ người học <thu nhập> đồng/người/tháng
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày <ngày xét>
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Thu nhập bình quân hộ so với chuẩn thu nhập hộ nghèo <tỷ lệ> <so với> mức thu nhập tối đa so với chuẩn hộ nghèo 150 %"

      Dữ liệu:
        | ngày xét   | khu vực   | thu nhập  | tỷ lệ      | kết quả            | so với         |
        | 15/06/2021 | nông thôn | 1.050.000 | 150 %      | Đủ điều kiện       | không vượt quá |
        | 15/06/2021 | nông thôn | 1.050.001 | 150,0001 % | Không đủ điều kiện | cao hơn        |
        | 15/06/2021 | thành thị | 1.350.000 | 150 %      | Đủ điều kiện       | không vượt quá |
        | 18/05/2022 | nông thôn | 2.250.000 | 150 %      | Đủ điều kiện       | không vượt quá |
        | 18/05/2022 | thành thị | 3.000.002 | 150,0001 % | Không đủ điều kiện | cao hơn        |

    @rule:program.students.poor_or_low_income_before_qd05_2022
    Kịch bản: Thu nhập vượt 150% chuẩn một chút (3.000.001 đồng ở thành thị) — tỷ lệ không được viết thành "150, %"
      Cho hộ gia đình ở thành thị, chủ hộ sinh ngày 15/03/1975
      Và thu nhập bình quân của hộ người học 3.000.001 đồng/người/tháng
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 18/05/2022
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Thu nhập bình quân hộ so với chuẩn thu nhập hộ nghèo" và "cao hơn mức thu nhập tối đa so với chuẩn hộ nghèo 150 %"
      Và lý do không có câu "150, %"

    @rule:program.students.poor_or_low_income_before_qd05_2022 @rule:program.students.poor_or_near_poor
    Kịch bản: Hộ cận nghèo chưa rõ thu nhập: trước 19/05/2022 cần rà soát, từ 19/05/2022 được vay
      Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2021
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 18/05/2022
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Thu nhập bình quân hộ so với chuẩn thu nhập hộ nghèo"
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 19/05/2022
      Thì kết quả là "Đủ điều kiện"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ cận nghèo — thuộc nhóm hộ nghèo, hộ cận nghèo"

    @rule:program.students.poor_or_low_income_before_qd05_2022
    Kịch bản: Sinh viên đại học, hộ cận nghèo chưa rõ thu nhập — chỉ cần bổ sung thu nhập, không hỏi giấy phép cơ sở giáo dục nghề nghiệp
      Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2021
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 18/05/2022
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Thu nhập bình quân hộ so với chuẩn thu nhập hộ nghèo"
      Và không cần bổ sung dữ liệu "Cơ sở giáo dục nghề nghiệp được cấp phép"

  Quy tắc: Hộ có mức sống trung bình — từ 01/01/2027 dải mức sống trung bình chưa rõ (D2)

    @rule:program.students.average_living_standard @rule:program.students.average_living_standard_from_2027
    Kịch bản: Hộ thu nhập 2.240.000 đồng/người/tháng ở nông thôn: năm 2026 là hộ mức sống trung bình, từ 2027 cần rà soát
      Cho thu nhập bình quân 2.240.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 31/12/2026
      Thì kết quả là "Đủ điều kiện"
      Và lý do có câu "Kết quả phân loại theo chuẩn nghèo tại ngày tham chiếu: hộ có mức sống trung bình — là hộ có mức sống trung bình"
      Khi xét chương trình "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn" ngày 01/01/2027
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Kết quả phân loại theo chuẩn nghèo tại ngày tham chiếu"
      Và lý do cần rà soát có câu "Học sinh, sinh viên là thành viên hộ có mức sống trung bình (từ 2027 — dải mức sống trung bình chưa rõ, cần rà soát)"
