# language: vi
Tính năng: Cho vay hộ nghèo (Nghị định 78/2002/NĐ-CP, mức cho vay do Hội đồng quản trị NHCSXH quy định)
  Ai được vay: hộ nghèo được UBND xã công nhận — theo quyết định gần nhất của UBND xã ký trước
  hoặc đúng ngày xét. Kết quả tự tính theo chuẩn nghèo không thay cho quyết định công nhận (D5):
  khi hai kết quả khác nhau thì có cảnh báo để rà soát.
  Hộ còn phải đáp ứng các điều kiện chung khi vay vốn (xem chuong_trinh_dieu_kien_chung.feature).

  Số tiền còn có thể vay = mức cho vay tối đa − dư nợ hiện tại của hộ trong chương trình hộ nghèo
  (D8); dư nợ ở chương trình khác không tính. Dư nợ đã bằng mức tối đa thì không được vay thêm.
  - Mức cho vay tối đa: 50.000.000 đồng trước 01/03/2019 (năm bắt đầu chưa xác minh — căn cứ chưa
    xác minh), 100.000.000 đồng từ 01/03/2019 (Quyết định 12/QĐ-HĐQT).
  - Thời hạn tối đa: 120 tháng từ 01/03/2019; trước đó văn bản tham chiếu chưa cho biết.
  - Lãi suất 6,6%/năm; nợ quá hạn chịu 130% lãi suất cho vay, tức 8,58%/năm.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ đáp ứng các điều kiện chung khi vay vốn

  @rule:program.poor_households.eligible
  Kịch bản: Hộ nghèo còn dư nợ 30 triệu đồng được vay thêm 70 triệu đồng
    Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
    Và hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng
    Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 100.000.000 đồng
    Và dư nợ hiện tại trong chương trình là 30.000.000 đồng
    Và số tiền còn có thể vay là 70.000.000 đồng
    Và lãi suất là 6,6%/năm
    Và lãi suất nợ quá hạn là 8,58%/năm
    Và thời hạn tối đa là 120 tháng
    Và lý do có câu "Hộ nghèo được UBND xã công nhận, dư nợ chưa đạt mức cho vay tối đa" và "Điều 2 (đối tượng: hộ nghèo)" và "Nghị định 78/2002/NĐ-CP"
    Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ nghèo — là hộ nghèo"
    Và lý do có câu "Dư nợ hiện tại trong chương trình 30.000.000 đồng thấp hơn mức cho vay tối đa hộ nghèo 100.000.000 đồng"
    Và giấy tờ cần chuẩn bị có "Danh sách hộ vay vốn được Tổ TK&VV bình xét và UBND xã xác nhận"
    Và giấy tờ cần chuẩn bị có "Hợp đồng vay vốn do người đại diện hộ ký"
    Và căn cứ pháp lý gồm "Quyết định 12/QĐ-HĐQT của Hội đồng quản trị NHCSXH"
    Và kết quả không dựa trên căn cứ chưa xác minh
    Và không có lý do cần rà soát

  @rule:program.poor_households.eligible
  Khung kịch bản: Hộ nghèo ở <khu vực> đều được vay (chương trình không giới hạn nông thôn)
    Cho hộ gia đình ở <khu vực>, chủ hộ sinh ngày 15/03/1980
    Và hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
    Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và số tiền còn có thể vay là 100.000.000 đồng

    Dữ liệu:
      | khu vực   |
      | nông thôn |
      | thành thị |

  Quy tắc: Mức cho vay tối đa và thời hạn đổi từ ngày 01/03/2019

    @rule:program.poor_households.eligible
    Khung kịch bản: Mức cho vay tối đa ngày <ngày xét>: <mức tối đa> đồng
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2018
      Và hộ đang còn dư nợ chương trình hộ nghèo 20.000.000 đồng
      Khi xét chương trình "Cho vay hộ nghèo" ngày <ngày xét>
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là <mức tối đa> đồng
      Và số tiền còn có thể vay là <còn được vay> đồng
      Và thời hạn tối đa <thời hạn>
      Và lãi suất là 6,6%/năm
      Và lý do có câu "Dư nợ hiện tại trong chương trình 20.000.000 đồng thấp hơn mức cho vay tối đa hộ nghèo <mức tối đa> đồng" và "<căn cứ>"

      Dữ liệu:
        | ngày xét   | mức tối đa  | còn được vay | thời hạn      | căn cứ                                              |
        | 28/02/2019 | 50.000.000  | 30.000.000   | chưa rõ       | Quyết định của Hội đồng quản trị NHCSXH             |
        | 01/03/2019 | 100.000.000 | 80.000.000   | là 120 tháng  | Quyết định 12/QĐ-HĐQT của Hội đồng quản trị NHCSXH |

    @rule:program.poor_households.eligible
    Kịch bản: Trước 01/03/2019 mức 50 triệu đồng và thời hạn chưa xác minh — kết quả đánh dấu căn cứ chưa xác minh
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2018
      Khi xét chương trình "Cho vay hộ nghèo" ngày 28/02/2019
      Thì kết quả là "Đủ điều kiện"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "mức cho vay tối đa hộ nghèo"
      Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay tối đa hộ nghèo"
      Và lý do có câu "mức cho vay tối đa hộ nghèo 50.000.000 đồng" và "căn cứ chưa xác minh"

    @rule:program.poor_households.eligible
    Kịch bản: Từ 01/03/2019 mức 100 triệu đồng, 120 tháng — không còn căn cứ chưa xác minh
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2018
      Khi xét chương trình "Cho vay hộ nghèo" ngày 01/03/2019
      Thì kết quả là "Đủ điều kiện"
      Và kết quả không dựa trên căn cứ chưa xác minh

  Quy tắc: Dư nợ đã bằng mức cho vay tối đa thì không được vay thêm (D8)

    @rule:program.poor_households.eligible
    Khung kịch bản: Dư nợ <dư nợ> đồng, dưới mức tối đa <mức tối đa> đồng ngày <ngày xét> — còn vay được <còn được vay> đồng
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2018
      Và hộ đang còn dư nợ chương trình hộ nghèo <dư nợ> đồng
      Khi xét chương trình "Cho vay hộ nghèo" ngày <ngày xét>
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là <còn được vay> đồng
      Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng thấp hơn mức cho vay tối đa hộ nghèo <mức tối đa> đồng"

      Dữ liệu:
        | ngày xét   | dư nợ      | mức tối đa  | còn được vay |
        | 28/02/2019 | 49.999.999 | 50.000.000  | 1            |
        | 01/03/2019 | 50.000.000 | 100.000.000 | 50.000.000   |
        | 14/12/2025 | 99.999.999 | 100.000.000 | 1            |
        | 14/12/2025 | 0          | 100.000.000 | 100.000.000  |

    @rule:program.poor_households.eligible
    Khung kịch bản: Dư nợ <dư nợ> đồng đã đạt mức tối đa <mức tối đa> đồng ngày <ngày xét> — từ chối
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2018
      Và hộ đang còn dư nợ chương trình hộ nghèo <dư nợ> đồng
      Khi xét chương trình "Cho vay hộ nghèo" ngày <ngày xét>
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Hộ nghèo được UBND xã công nhận, dư nợ chưa đạt mức cho vay tối đa" và "Nghị định 78/2002/NĐ-CP"
      Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng không thấp hơn mức cho vay tối đa hộ nghèo <mức tối đa> đồng"

      Dữ liệu:
        | ngày xét   | dư nợ       | mức tối đa  |
        | 28/02/2019 | 50.000.000  | 50.000.000  |
        | 14/12/2025 | 100.000.000 | 100.000.000 |
        | 14/12/2025 | 120.000.000 | 100.000.000 |

    @rule:program.poor_households.eligible
    Kịch bản: Dư nợ của nhiều khoản vay hộ nghèo được cộng lại; dư nợ chương trình khác không tính
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Và hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng, mục đích "chăn nuôi bò sinh sản"
      Và hộ đang còn dư nợ chương trình hộ nghèo 20.000.000 đồng, mục đích "trồng cây ăn quả"
      Và hộ đang còn dư nợ chương trình nước sạch 10.000.000 đồng
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và dư nợ hiện tại trong chương trình là 50.000.000 đồng
      Và số tiền còn có thể vay là 50.000.000 đồng

    @rule:program.poor_households.eligible
    Kịch bản: Đề nghị vay nhiều hơn số còn có thể vay — chỉ được vay tối đa số còn lại
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Và hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng
      Và hộ đề nghị vay 80.000.000 đồng, mục đích "chăn nuôi bò sinh sản"
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là 70.000.000 đồng
      Và lý do cần rà soát có câu "Số tiền đề nghị 80.000.000 đồng vượt số còn có thể vay 70.000.000 đồng"

  Quy tắc: Chỉ hộ đang là hộ nghèo theo quyết định của UBND xã mới được vay (D5)

    @rule:program.poor_households.eligible
    Khung kịch bản: Hộ được công nhận là <tình trạng> thì không vay chương trình hộ nghèo
      Cho hộ được UBND xã công nhận là <tình trạng> ngày 20/12/2024
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Hộ nghèo được UBND xã công nhận, dư nợ chưa đạt mức cho vay tối đa" và "Điều 2 (đối tượng: hộ nghèo)" và "Nghị định 78/2002/NĐ-CP"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: <tình trạng trong lý do> — không phải là hộ nghèo"

      Dữ liệu:
        | tình trạng                                   | tình trạng trong lý do  |
        | hộ cận nghèo                                 | hộ cận nghèo            |
        | hộ mới thoát nghèo                           | hộ mới thoát nghèo      |
        | hộ mới thoát cận nghèo                       | hộ mới thoát cận nghèo  |
        | không thuộc danh sách hộ nghèo, hộ cận nghèo | không thuộc danh sách   |

    @rule:program.poor_households.eligible
    Kịch bản: Hộ chưa có quyết định công nhận nào thì không thuộc danh sách hộ nghèo
      Cho hộ chưa có quyết định công nhận nào của UBND xã
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: không thuộc danh sách — không phải là hộ nghèo"

    @rule:program.poor_households.eligible
    Khung kịch bản: Quyết định gần nhất trước hoặc đúng ngày xét quyết định quyền vay — xét ngày <ngày xét>
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Và hộ được UBND xã công nhận là hộ mới thoát nghèo ngày 15/12/2025
      Khi xét chương trình "Cho vay hộ nghèo" ngày <ngày xét>
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: <tình trạng> — <so với>"

      Dữ liệu:
        | ngày xét   | kết quả            | tình trạng            | so với                 |
        | 19/12/2024 | Không đủ điều kiện | không thuộc danh sách | không phải là hộ nghèo |
        | 20/12/2024 | Đủ điều kiện       | hộ nghèo              | là hộ nghèo            |
        | 14/12/2025 | Đủ điều kiện       | hộ nghèo              | là hộ nghèo            |
        | 15/12/2025 | Không đủ điều kiện | hộ mới thoát nghèo    | không phải là hộ nghèo |

    @rule:program.poor_households.eligible
    Kịch bản: Hai quyết định khác nhau cùng một ngày — cần rà soát, không tự chọn một
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Và hộ được UBND xã công nhận là hộ cận nghèo ngày 20/12/2024
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Tình trạng được công nhận theo quyết định của UBND cấp xã"
      Và có cảnh báo "Có hai quyết định công nhận khác nhau cùng một ngày"

    @rule:program.poor_households.eligible
    Kịch bản: Hộ được công nhận là hộ nghèo nhưng thu nhập tính được cao hơn chuẩn — vẫn được vay, có cảnh báo
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Và thu nhập bình quân 3.500.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và có cảnh báo "Tình trạng được UBND xã công nhận khác với kết quả tính theo chuẩn nghèo: công nhận 'hộ nghèo'"

    @rule:program.poor_households.eligible
    Kịch bản: Thu nhập tính được dưới chuẩn nghèo nhưng hộ chưa được công nhận — chưa được vay, có cảnh báo
      Cho hộ chưa có quyết định công nhận nào của UBND xã
      Và thu nhập bình quân 1.000.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 3 chỉ số dịch vụ xã hội cơ bản
      Khi xét chương trình "Cho vay hộ nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và có cảnh báo "Tình trạng được UBND xã công nhận khác với kết quả tính theo chuẩn nghèo: công nhận 'không thuộc danh sách', tính được 'Hộ nghèo'"
