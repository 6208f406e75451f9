# language: vi
Tính năng: Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán — STEM (Quyết định 29/2025/QĐ-TTg)
  Áp dụng từ 01/09/2025 (quyết định ký 28/08/2025, giải ngân từ tháng 9/2025; ngày hiệu lực cụ thể
  chưa rõ). Người học trực tiếp vay, nên không xét người đại diện hộ; không xét hộ nghèo. Các điều
  kiện chung còn lại (cư trú, Tổ TK&VV, bình xét) vẫn áp dụng.

  Ngành được vay: khoa học sự sống và khoa học tự nhiên; máy tính và công nghệ thông tin; công nghệ
  kỹ thuật; kỹ thuật; kiến trúc và xây dựng; sản xuất và chế biến; toán và thống kê; công nghệ tài
  chính; công nghệ chiến lược khác theo quy định. Điều kiện học lực theo giai đoạn học:
  - năm thứ nhất: học lực THPT đạt yêu cầu;
  - từ năm thứ hai: kết quả năm học trước đạt yêu cầu — từ xếp loại ("khá" hay "xuất sắc") chưa
    xác minh, nên kết quả mang dấu "căn cứ chưa xác minh";
  - thạc sĩ, tiến sĩ: được cơ sở đào tạo công nhận trúng tuyển.

  Mức cho vay = học phí còn phải đóng (sau học bổng, hỗ trợ) + chi phí sinh hoạt tối đa
  5.000.000 đồng/tháng × số tháng đề nghị. Lãi suất 4,8%/năm; nợ quá hạn 130% (6,24%/năm); thời
  hạn tối đa chưa có trong văn bản tham chiếu.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1975
    Và hộ có thêm thành viên số 2 là con, sinh ngày 10/09/2007
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và học phí còn phải đóng sau học bổng, hỗ trợ 20.000.000 đồng
    Và người học đề nghị vay chi phí sinh hoạt 10 tháng

  @rule:program.stem_students.first_year
  Kịch bản: Sinh viên năm thứ nhất ngành công nghệ thông tin được vay học phí và sinh hoạt phí
    Cho người học ngành "máy tính và công nghệ thông tin", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 70.000.000 đồng
    Và số tiền còn có thể vay là 70.000.000 đồng
    Và lãi suất là 4,8%/năm
    Và lãi suất nợ quá hạn là 6,24%/năm
    Và thời hạn tối đa chưa rõ
    Và lý do có câu "Người học năm thứ nhất ngành STEM, học lực THPT đạt yêu cầu" và "Quyết định 29/2025/QĐ-TTg"
    Và lý do có câu "Ngành đào tạo: máy tính và công nghệ thông tin — thuộc nhóm"
    Và lý do có câu "Giai đoạn học: năm thứ nhất — là năm thứ nhất"
    Và lý do có câu "Đạt yêu cầu về kết quả học tập: có — đạt yêu cầu"
    Và giấy tờ cần chuẩn bị có "Giấy xác nhận của cơ sở đào tạo về ngành học thuộc lĩnh vực STEM"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay tối đa người học ngành STEM"

  @rule:program.stem_students.first_year
  Kịch bản: Người học trực tiếp vay — người đại diện hộ chưa đủ 18 tuổi không làm người học bị từ chối
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 01/01/2008
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và người học ngành "kỹ thuật", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và lý do không có câu "Người đại diện hộ vay"

  @rule:program.stem_students.first_year @rule:program.stem_students.later_year @rule:program.stem_students.postgraduate
  Khung kịch bản: Giai đoạn học "<giai đoạn>", đạt yêu cầu học lực
    Cho người học ngành "toán và thống kê", giai đoạn "<giai đoạn>"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và lý do có câu "<quy tắc>"

    Dữ liệu:
      | giai đoạn             | quy tắc                                                                           |
      | năm thứ nhất          | Người học năm thứ nhất ngành STEM, học lực THPT đạt yêu cầu                        |
      | từ năm thứ hai trở đi | Người học ngành STEM từ năm thứ hai, kết quả năm học trước đạt yêu cầu            |
      | thạc sĩ, tiến sĩ      | Người học thạc sĩ, tiến sĩ ngành STEM được cơ sở đào tạo công nhận trúng tuyển    |

  @rule:program.stem_students.later_year
  Kịch bản: Từ năm thứ hai — từ xếp loại học lực chưa xác minh, kết quả mang dấu căn cứ chưa xác minh
    Cho người học ngành "công nghệ tài chính", giai đoạn "từ năm thứ hai trở đi"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm chính quy tắc cho vay
    Và giấy tờ cần chuẩn bị có "năm học trước xếp loại khá trở lên (điều kiện học lực từ năm thứ hai Quyết định 29/2025/QĐ-TTg) — căn cứ chưa xác minh"

  @rule:program.stem_students.first_year @rule:program.stem_students.later_year @rule:program.stem_students.postgraduate
  Kịch bản: Ngành không thuộc STEM — từ chối
    Cho người học ngành "ngành không thuộc STEM", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Không đủ điều kiện"
    Và không có số tiền còn có thể vay
    Và lý do có câu "Người học năm thứ nhất ngành STEM, học lực THPT đạt yêu cầu" và "Quyết định 29/2025/QĐ-TTg"
    Và lý do có câu "Ngành đào tạo: ngành không thuộc STEM — không thuộc nhóm"

  @rule:program.stem_students.first_year
  Khung kịch bản: Năm thứ nhất, học lực <học lực>: <kết quả>
    Cho người học ngành "kiến trúc và xây dựng", giai đoạn "năm thứ nhất"
    Và <học lực>
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "<kết quả>"
    Và <lý do>

    Dữ liệu:
      | học lực                                                          | kết quả            | lý do                                                                                    |
      | người học không đạt yêu cầu về kết quả học tập                   | Không đủ điều kiện | lý do có câu "Đạt yêu cầu về kết quả học tập: không — không đạt yêu cầu"                 |
      | chưa rõ người học có đạt yêu cầu về kết quả học tập hay không    | Cần rà soát        | cần bổ sung dữ liệu "Đạt yêu cầu về kết quả học tập"                                      |

  @rule:program.stem_students.first_year @rule:program.stem_students.later_year @rule:program.stem_students.postgraduate
  Kịch bản: Chưa rõ giai đoạn học — cần rà soát
    Cho người học ngành "kỹ thuật", giai đoạn ""
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Cần rà soát"
    Và cần bổ sung dữ liệu "Giai đoạn học"

  @rule:program.stem_students.first_year
  Khung kịch bản: Mức cho vay: học phí <học phí> đồng + 5.000.000 đồng × <số tháng> tháng = <mức> đồng
    Cho người học ngành "sản xuất và chế biến", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Và học phí còn phải đóng sau học bổng, hỗ trợ <học phí> đồng
    Và người học đề nghị vay chi phí sinh hoạt <số tháng> tháng
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và số tiền còn có thể vay là <mức> đồng

    Dữ liệu:
      | học phí    | số tháng | mức        |
      | 0          | 1        | 5.000.000  |
      | 12.500.000 | 9        | 57.500.000 |
      | 30.000.000 | 12       | 90.000.000 |

  @rule:program.stem_students.first_year
  Kịch bản: Chưa rõ học phí còn phải đóng — đủ điều kiện nhưng chưa tính được số tiền
    Cho người học ngành "công nghệ kỹ thuật", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Nhưng chưa rõ học phí còn phải đóng sau học bổng, hỗ trợ
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa chưa rõ
    Và không có số tiền còn có thể vay

  @rule:program.stem_students.first_year
  Kịch bản: Chưa rõ học phí còn phải đóng — kết quả nêu dữ liệu còn thiếu để tính số tiền
    Cho người học ngành "công nghệ kỹ thuật", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Nhưng chưa rõ học phí còn phải đóng sau học bổng, hỗ trợ
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và lý do cần rà soát có câu "Chưa tính được số tiền còn có thể vay" và "Học phí còn phải đóng sau học bổng, hỗ trợ"

  @rule:program.stem_students.first_year
  Kịch bản: Chương trình bắt đầu từ 01/09/2025 — ngày 31/08/2025 chưa có chương trình
    Cho người học ngành "khoa học sự sống và khoa học tự nhiên", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 31/08/2025
    Thì kết quả là "Không đủ điều kiện"
    Và không có số tiền còn có thể vay
    Và lý do có câu "Chương trình không có quy định hiệu lực"
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 01/09/2025
    Thì kết quả là "Đủ điều kiện"
    Và lãi suất là 4,8%/năm

  @rule:lending.savings_group
  Kịch bản: Người học chưa vào Tổ Tiết kiệm và vay vốn — từ chối theo điều kiện chung
    Cho người học ngành "kỹ thuật", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Nhưng hộ không phải là thành viên Tổ Tiết kiệm và vay vốn
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 14/12/2025
    Thì kết quả là "Không đủ điều kiện"
    Và lý do có câu "Là thành viên Tổ Tiết kiệm và vay vốn: không — không đạt yêu cầu"

  @rule:program.stem_students.first_year
  Kịch bản: Từ chối vì chương trình chưa có hiệu lực — lý do nêu đúng ngày xét và văn bản
    Cho người học ngành "khoa học sự sống và khoa học tự nhiên", giai đoạn "năm thứ nhất"
    Và người học đạt yêu cầu về kết quả học tập
    Khi xét chương trình "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)" ngày 31/08/2025
    Thì kết quả là "Không đủ điều kiện"
    Và lý do có câu "Chương trình không có quy định hiệu lực tại ngày 31/08/2025" và "Quyết định 29/2025/QĐ-TTg"
