# language: vi
Tính năng: Cho vay hộ cận nghèo (Quyết định 15/2013/QĐ-TTg)
  Ai được vay: hộ cận nghèo được UBND xã công nhận (quyết định gần nhất trước hoặc đúng ngày xét,
  D5); điều kiện và thủ tục như cho vay hộ nghèo, gồm các điều kiện chung khi vay vốn.

  Số tiền còn có thể vay = mức cho vay tối đa − dư nợ hiện tại trong chương trình hộ cận nghèo (D8).
  - Mức cho vay tối đa: 100.000.000 đồng từ 01/03/2019 "như hộ nghèo" — chỉ có nguồn thứ cấp không
    chính thức, nên mọi kết quả dựa vào mức này đều mang dấu "căn cứ chưa xác minh"; trước
    01/03/2019 văn bản tham chiếu chưa cho biết mức, nên hộ cận nghèo được "Cần rà soát".
  - Thời hạn tối đa: theo chu kỳ sản xuất và khả năng trả nợ; mức tối đa chưa rõ.
  - Lãi suất bằng 120% lãi suất hộ nghèo: 6,6% × 120% = 7,92%/năm; nợ quá hạn 130%: 10,296%/năm.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ đáp ứng các điều kiện chung khi vay vốn

  @rule:program.near_poor_households.eligible
  Kịch bản: Hộ cận nghèo còn dư nợ 40 triệu đồng được vay thêm 60 triệu đồng — căn cứ chưa xác minh
    Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024
    Và hộ đang còn dư nợ chương trình hộ cận nghèo 40.000.000 đồng
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 100.000.000 đồng
    Và số tiền còn có thể vay là 60.000.000 đồng
    Và lãi suất là 7,92%/năm
    Và lãi suất nợ quá hạn là 10,296%/năm
    Và thời hạn tối đa chưa rõ
    Và lý do có câu "Hộ cận nghèo được UBND xã công nhận, dư nợ chưa đạt mức cho vay tối đa" và "Quyết định 15/2013/QĐ-TTg"
    Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ cận nghèo — là hộ cận nghèo"
    Và lý do có câu "Dư nợ hiện tại trong chương trình 40.000.000 đồng thấp hơn mức cho vay tối đa hộ cận nghèo 100.000.000 đồng" và "căn cứ chưa xác minh"
    Và giấy tờ cần chuẩn bị có "Danh sách hộ cận nghèo vay vốn được Tổ TK&VV bình xét và UBND xã xác nhận"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "mức cho vay tối đa hộ cận nghèo"
    Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay tối đa hộ cận nghèo"

  @rule:program.near_poor_households.eligible
  Kịch bản: Mức cho vay tối đa chỉ có từ 01/03/2019 — ngày trước đó cần rà soát, từ ngày đó đủ điều kiện
    Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2018
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 28/02/2019
    Thì kết quả là "Cần rà soát"
    Và mức cho vay tối đa chưa rõ
    Và lý do cần rà soát có câu "Mức cho vay tối đa hộ cận nghèo chưa có giá trị trong văn bản tại ngày tham chiếu" và "Quyết định 15/2013/QĐ-TTg" và "căn cứ chưa xác minh"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "mức cho vay tối đa hộ cận nghèo"
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 01/03/2019
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 100.000.000 đồng
    Và số tiền còn có thể vay là 100.000.000 đồng
    Và lãi suất là 7,92%/năm

  @rule:program.near_poor_households.eligible
  Kịch bản: Trước 01/03/2019 hộ không phải hộ cận nghèo vẫn bị từ chối, dù mức cho vay chưa rõ
    Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2018
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 28/02/2019
    Thì kết quả là "Không đủ điều kiện"
    Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ nghèo — không phải là hộ cận nghèo"
    Và kết quả không dựa trên căn cứ chưa xác minh

  @rule:program.near_poor_households.eligible
  Khung kịch bản: Dư nợ <dư nợ> đồng so với mức tối đa 100.000.000 đồng: <kết quả>
    Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024
    Và hộ đang còn dư nợ chương trình hộ cận nghèo <dư nợ> đồng
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 14/12/2025
    Thì kết quả là "<kết quả>"
    Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng <so với> mức cho vay tối đa hộ cận nghèo 100.000.000 đồng" và "căn cứ chưa xác minh"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "mức cho vay tối đa hộ cận nghèo"

    Dữ liệu:
      | dư nợ       | kết quả            | so với         |
      | 99.999.999  | Đủ điều kiện       | thấp hơn       |
      | 100.000.000 | Không đủ điều kiện | không thấp hơn |

  @rule:program.near_poor_households.eligible
  Kịch bản: Dư nợ chương trình hộ nghèo không tính vào mức cho vay hộ cận nghèo
    Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2022
    Và hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024
    Và hộ đang còn dư nợ chương trình hộ nghèo 80.000.000 đồng
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và dư nợ hiện tại trong chương trình là 0 đồng
    Và số tiền còn có thể vay là 100.000.000 đồng

  @rule:program.near_poor_households.eligible
  Khung kịch bản: Hộ được công nhận là <tình trạng> thì không vay chương trình hộ cận nghèo
    Cho hộ được UBND xã công nhận là <tình trạng> ngày 20/12/2024
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 14/12/2025
    Thì kết quả là "Không đủ điều kiện"
    Và không có số tiền còn có thể vay
    Và lý do có câu "Hộ cận nghèo được UBND xã công nhận, dư nợ chưa đạt mức cho vay tối đa" và "Điều 2 (đối tượng)" và "Quyết định 15/2013/QĐ-TTg"
    Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: <tình trạng trong lý do> — không phải là hộ cận nghèo"

    Dữ liệu:
      | tình trạng                                   | tình trạng trong lý do |
      | hộ nghèo                                     | hộ nghèo               |
      | hộ mới thoát nghèo                           | hộ mới thoát nghèo     |
      | hộ mới thoát cận nghèo                       | hộ mới thoát cận nghèo |
      | không thuộc danh sách hộ nghèo, hộ cận nghèo | không thuộc danh sách  |

  @rule:program.near_poor_households.eligible
  Kịch bản: Hai quyết định khác nhau cùng một ngày — cần rà soát
    Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024
    Và hộ được UBND xã công nhận là hộ mới thoát cận nghèo ngày 20/12/2024
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 14/12/2025
    Thì kết quả là "Cần rà soát"
    Và cần bổ sung dữ liệu "Tình trạng được công nhận theo quyết định của UBND cấp xã"

  @rule:lending.group_selection
  Kịch bản: Hộ cận nghèo chưa có tên trong danh sách được UBND xã xác nhận — từ chối theo điều kiện chung
    Cho hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024
    Nhưng hộ không có tên trong danh sách được UBND xã xác nhận
    Khi xét chương trình "Cho vay hộ cận nghèo" ngày 14/12/2025
    Thì kết quả là "Không đủ điều kiện"
    Và lý do có câu "Có tên trong danh sách được UBND xã xác nhận: không — không đạt yêu cầu"
