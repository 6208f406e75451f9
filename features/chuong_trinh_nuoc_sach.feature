# language: vi
Tính năng: Cho vay nước sạch nông thôn — công trình cấp nước sinh hoạt hộ gia đình (Quyết định 10/2024/QĐ-TTg và các mức trước đó)
  Ai được vay: hộ gia đình cư trú ở khu vực nông thôn (chỉ nông thôn — D6) chưa có công trình cấp
  nước sinh hoạt hoặc công trình đã hư hỏng, đáp ứng các điều kiện chung khi vay vốn. Hộ không cần
  là hộ nghèo. Trước 02/09/2024 hộ còn phải có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn
  được UBND xã xác nhận (Quyết định 18/2014/QĐ-TTg); từ 02/09/2024 điều kiện này không còn.

  Mức cho vay tối đa tính cho từng loại công trình (cấp nước; nhà tiêu hợp vệ sinh là chương trình
  riêng) của một khách hàng, trừ dư nợ hiện tại của chính loại công trình đó (D8):
  - 6.000.000 đồng (Quyết định 18/2014/QĐ-TTg) đến hết 24/09/2018;
  - 10.000.000 đồng từ 25/09/2018 (Quyết định 1205/QĐ-TTg);
  - 25.000.000 đồng từ 02/09/2024 (Quyết định 10/2024/QĐ-TTg).
  Từ 02/09/2024: thời hạn tối đa 60 tháng, lãi suất 9%/năm, nợ quá hạn 130% (11,7%/năm). Trước
  02/09/2024 văn bản tham chiếu chưa cho biết thời hạn và lãi suất: kết quả mang dấu "căn cứ chưa
  xác minh".

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ đáp ứng các điều kiện chung khi vay vốn

  @rule:program.rural_water_supply.qd10_2024
  Kịch bản: Hộ nông thôn chưa có công trình cấp nước được vay 25 triệu đồng, 60 tháng, 9%/năm
    Cho hộ chưa có công trình cấp nước sinh hoạt
    Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 25.000.000 đồng
    Và số tiền còn có thể vay là 25.000.000 đồng
    Và thời hạn tối đa là 60 tháng
    Và lãi suất là 9%/năm
    Và lãi suất nợ quá hạn là 11,7%/năm
    Và lý do có câu "Hộ cư trú ở nông thôn chưa có hoặc đã hư hỏng công trình cấp nước sinh hoạt (từ 02/09/2024)" và "Quyết định 10/2024/QĐ-TTg"
    Và lý do có câu "Khu vực cư trú: nông thôn — là nông thôn"
    Và lý do có câu "Chưa có công trình hoặc công trình đã hư hỏng: có — đạt yêu cầu"
    Và lý do có câu "Dư nợ hiện tại trong chương trình 0 đồng thấp hơn mức cho vay tối đa mỗi loại công trình 25.000.000 đồng" và "Quyết định 10/2024/QĐ-TTg"
    Và giấy tờ cần chuẩn bị có "Danh sách hộ vay vốn được Tổ TK&VV bình xét và UBND xã xác nhận (cho vay ủy thác)"
    Và kết quả không dựa trên căn cứ chưa xác minh

  Quy tắc: Mức cho vay tối đa mỗi loại công trình đổi ngày 25/09/2018 và ngày 02/09/2024

    @rule:program.rural_water_supply.before_qd10_2024
    Khung kịch bản: Mức cho vay tối đa ngày <ngày xét>: <mức tối đa> đồng — thời hạn, lãi suất chưa xác minh
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày <ngày xét>
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là <mức tối đa> đồng
      Và số tiền còn có thể vay là <mức tối đa> đồng
      Và lý do có câu "Dư nợ hiện tại trong chương trình 0 đồng thấp hơn mức cho vay tối đa mỗi loại công trình <mức tối đa> đồng" và "<căn cứ>"
      Và lý do có câu "Hộ nông thôn chưa có hoặc đã hư hỏng công trình cấp nước sinh hoạt, có cam kết được UBND xã xác nhận (trước 02/09/2024)" và "Quyết định 18/2014/QĐ-TTg, Quyết định 1205/QĐ-TTg"
      Và thời hạn tối đa chưa rõ
      Và lãi suất chưa rõ
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay tối đa nước sạch, vệ sinh"
      Và căn cứ chưa xác minh gồm giá trị "lãi suất cho vay nước sạch, vệ sinh"

      Dữ liệu:
        | ngày xét   | mức tối đa | căn cứ                   |
        | 01/01/2016 | 6.000.000  | Quyết định 18/2014/QĐ-TTg |
        | 24/09/2018 | 6.000.000  | Quyết định 18/2014/QĐ-TTg |
        | 25/09/2018 | 10.000.000 | Quyết định 1205/QĐ-TTg    |
        | 01/09/2024 | 10.000.000 | Quyết định 1205/QĐ-TTg    |

    @rule:program.rural_water_supply.before_qd10_2024 @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Ngày 01/09/2024 theo mức cũ 10 triệu đồng, ngày 02/09/2024 theo Quyết định 10/2024 25 triệu đồng
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 01/09/2024
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 10.000.000 đồng
      Và thời hạn tối đa chưa rõ
      Và lãi suất chưa rõ
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 02/09/2024
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 25.000.000 đồng
      Và thời hạn tối đa là 60 tháng
      Và lãi suất là 9%/năm
      Và kết quả không dựa trên căn cứ chưa xác minh

    @rule:program.rural_water_supply.before_qd10_2024 @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Hộ đã vay đủ 10 triệu đồng theo mức cũ được vay thêm 15 triệu đồng từ 02/09/2024
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận
      Và hộ đang còn dư nợ chương trình nước sạch 10.000.000 đồng
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 01/09/2024
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Dư nợ hiện tại trong chương trình 10.000.000 đồng không thấp hơn mức cho vay tối đa mỗi loại công trình 10.000.000 đồng" và "Quyết định 1205/QĐ-TTg"
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 02/09/2024
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là 15.000.000 đồng

  Quy tắc: Chỉ hộ cư trú ở nông thôn (D6)

    @rule:program.rural_water_supply.before_qd10_2024 @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Hộ ở thành thị không được vay, trước và từ 02/09/2024
      Cho hộ gia đình ở thành thị, chủ hộ sinh ngày 15/03/1980
      Và hộ chưa có công trình cấp nước sinh hoạt
      Và hộ có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 15/06/2020
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Hộ nông thôn chưa có hoặc đã hư hỏng công trình cấp nước sinh hoạt, có cam kết được UBND xã xác nhận (trước 02/09/2024)" và "Quyết định 18/2014/QĐ-TTg, Quyết định 1205/QĐ-TTg"
      Và lý do có câu "Khu vực cư trú: thành thị — không phải là nông thôn"
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Hộ cư trú ở nông thôn chưa có hoặc đã hư hỏng công trình cấp nước sinh hoạt (từ 02/09/2024)" và "Quyết định 10/2024/QĐ-TTg"
      Và lý do có câu "Khu vực cư trú: thành thị — không phải là nông thôn"

  Quy tắc: Chưa có công trình cấp nước hoặc công trình đã hư hỏng

    @rule:program.rural_water_supply.qd10_2024
    Khung kịch bản: <công trình>: <kết quả>
      Cho <công trình>
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Chưa có công trình hoặc công trình đã hư hỏng: <giá trị> — <đánh giá>"

      Dữ liệu:
        | công trình                                          | kết quả            | giá trị | đánh giá         |
        | hộ chưa có công trình cấp nước sinh hoạt            | Đủ điều kiện       | có      | đạt yêu cầu      |
        | công trình cấp nước sinh hoạt của hộ đã hư hỏng     | Đủ điều kiện       | có      | đạt yêu cầu      |
        | hộ đã có công trình cấp nước sinh hoạt còn dùng tốt | Không đủ điều kiện | không   | không đạt yêu cầu |

    @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Chưa rõ hộ đã có công trình cấp nước hay chưa — cần rà soát
      Cho chưa rõ hộ đã có công trình cấp nước sinh hoạt hay chưa
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Chưa có công trình hoặc công trình đã hư hỏng"
      Và lý do cần rà soát có câu "Chưa có công trình hoặc công trình đã hư hỏng: chưa có dữ liệu — cần bổ sung để xét"

  Quy tắc: Trước 02/09/2024 phải có cam kết được UBND xã xác nhận

    @rule:program.rural_water_supply.before_qd10_2024
    Khung kịch bản: Ngày 15/06/2020, <cam kết>: <kết quả>
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và <cam kết>
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 15/06/2020
      Thì kết quả là "<kết quả>"
      Và <lý do>

      Dữ liệu:
        | cam kết                                                                          | kết quả            | lý do                                                                                                                   |
        | hộ có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận | Đủ điều kiện       | lý do có câu "Có cam kết sử dụng vốn đúng mục đích được UBND xã xác nhận: có — đạt yêu cầu"                            |
        | hộ không có cam kết được UBND xã xác nhận                                        | Không đủ điều kiện | lý do có câu "Có cam kết sử dụng vốn đúng mục đích được UBND xã xác nhận: không — không đạt yêu cầu"                   |
        | chưa rõ hộ có cam kết được UBND xã xác nhận hay không                            | Cần rà soát        | cần bổ sung dữ liệu "Có cam kết sử dụng vốn đúng mục đích được UBND xã xác nhận"                                         |

    @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Từ 02/09/2024 không còn đòi cam kết được UBND xã xác nhận
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ không có cam kết được UBND xã xác nhận
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 02/09/2024
      Thì kết quả là "Đủ điều kiện"
      Và lý do không có câu "cam kết"

  Quy tắc: Số tiền còn có thể vay tính riêng cho công trình cấp nước (D8)

    @rule:program.rural_water_supply.qd10_2024
    Khung kịch bản: Dư nợ nước sạch <dư nợ> đồng: <kết quả>
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ đang còn dư nợ chương trình nước sạch <dư nợ> đồng
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng <so với> mức cho vay tối đa mỗi loại công trình 25.000.000 đồng"

      Dữ liệu:
        | dư nợ      | kết quả            | so với         |
        | 20.000.000 | Đủ điều kiện       | thấp hơn       |
        | 24.999.999 | Đủ điều kiện       | thấp hơn       |
        | 25.000.000 | Không đủ điều kiện | không thấp hơn |

    @rule:program.rural_water_supply.qd10_2024
    Kịch bản: Dư nợ vay nhà tiêu và dư nợ hộ nghèo không tính vào mức cho vay công trình cấp nước
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ đang còn dư nợ chương trình nước sạch 20.000.000 đồng
      Và hộ đang còn dư nợ chương trình vệ sinh môi trường 25.000.000 đồng
      Và hộ đang còn dư nợ chương trình hộ nghèo 50.000.000 đồng
      Khi xét chương trình "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và dư nợ hiện tại trong chương trình là 20.000.000 đồng
      Và số tiền còn có thể vay là 5.000.000 đồng

    @rule:program.rural_water_supply.qd10_2024 @rule:program.rural_sanitation.qd10_2024
    Kịch bản: Hộ chưa có cả công trình cấp nước và nhà tiêu được vay cả hai loại, tối đa 50 triệu đồng
      Cho hộ chưa có công trình cấp nước sinh hoạt
      Và hộ chưa có nhà tiêu hợp vệ sinh
      Khi xét mọi chương trình ngày 14/12/2025
      Thì kết quả từng chương trình là:
        | chương trình                                                            | kết quả      | số tiền còn có thể vay (đồng) |
        | Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình           | Đủ điều kiện | 25.000.000                    |
        | Cho vay vệ sinh môi trường nông thôn — nhà tiêu hợp vệ sinh hộ gia đình | Đủ điều kiện | 25.000.000                    |

    @rule:program.rural_water_supply.qd10_2024 @rule:program.rural_sanitation.qd10_2024
    Kịch bản: Hộ đã có công trình cấp nước tốt nhưng chưa có nhà tiêu: vay nước sạch không được, vay vệ sinh được
      Cho hộ đã có công trình cấp nước sinh hoạt còn dùng tốt
      Và hộ chưa có nhà tiêu hợp vệ sinh
      Khi xét mọi chương trình ngày 14/12/2025
      Thì kết quả từng chương trình là:
        | chương trình                                                            | kết quả            | số tiền còn có thể vay (đồng) |
        | Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình           | Không đủ điều kiện |                               |
        | Cho vay vệ sinh môi trường nông thôn — nhà tiêu hợp vệ sinh hộ gia đình | Đủ điều kiện       | 25.000.000                    |
