# language: vi
Tính năng: Cho vay hộ mới thoát nghèo (Quyết định 28/2015/QĐ-TTg)
  Ai được vay: hộ trước là hộ nghèo hoặc hộ cận nghèo, được UBND xã công nhận là hộ mới thoát
  nghèo hoặc mới thoát cận nghèo, trong 36 tháng kể từ ngày quyết định đó (D4: tính cả tháng thứ
  36 — số tháng tròn đã qua phải nhỏ hơn 36; mốc tính chưa xác minh). Hộ còn phải đáp ứng các điều
  kiện chung khi vay vốn.

  Số tiền còn có thể vay = mức cho vay tối đa − dư nợ hiện tại trong chương trình hộ mới thoát nghèo
  (D8). Mức cho vay tối đa bằng mức cho vay hộ nghèo: 50.000.000 đồng trước 01/03/2019,
  100.000.000 đồng từ 01/03/2019. Thời hạn tối đa 60 tháng. Lãi suất bằng 125% lãi suất hộ nghèo:
  6,6% × 125% = 8,25%/năm; nợ quá hạn 130%: 10,725%/năm.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ đáp ứng các điều kiện chung khi vay vốn

  @rule:program.newly_escaped_households.eligible
  Khung kịch bản: Hộ được công nhận là <tình trạng> 12 tháng trước được vay 100 triệu đồng
    Cho hộ được UBND xã công nhận là <trước đó> ngày 20/12/2021
    Và hộ được UBND xã công nhận là <tình trạng> ngày 14/12/2024
    Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày 14/12/2025
    Thì kết quả là "Đủ điều kiện"
    Và mức cho vay tối đa là 100.000.000 đồng
    Và số tiền còn có thể vay là 100.000.000 đồng
    Và thời hạn tối đa là 60 tháng
    Và lãi suất là 8,25%/năm
    Và lãi suất nợ quá hạn là 10,725%/năm
    Và lý do có câu "Hộ mới thoát nghèo/thoát cận nghèo trong 36 tháng kể từ quyết định của UBND xã, dư nợ chưa đạt mức tối đa" và "Quyết định 28/2015/QĐ-TTg"
    Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: <tình trạng> — thuộc nhóm hộ mới thoát nghèo, hộ mới thoát cận nghèo"
    Và lý do có câu "Số tháng tròn kể từ ngày quyết định công nhận 12 tháng thấp hơn thời gian được vay kể từ khi thoát nghèo 36 tháng"
    Và giấy tờ cần chuẩn bị có "Xác nhận của UBND xã về hộ mới thoát nghèo, thoát cận nghèo"
    Và giấy tờ cần chuẩn bị có "Danh sách hộ vay vốn được Tổ TK&VV bình xét và UBND xã xác nhận"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | trước đó     | tình trạng             |
      | hộ nghèo     | hộ mới thoát nghèo     |
      | hộ cận nghèo | hộ mới thoát cận nghèo |

  Quy tắc: Chỉ được vay trong 36 tháng kể từ ngày quyết định công nhận thoát nghèo (D4)

    @rule:program.newly_escaped_households.eligible
    Khung kịch bản: Quyết định ngày <ngày quyết định>, xét ngày <ngày xét>: đã qua <số tháng> tháng tròn
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2019
      Và hộ được UBND xã công nhận là hộ mới thoát nghèo ngày <ngày quyết định>
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày <ngày xét>
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Số tháng tròn kể từ ngày quyết định công nhận <số tháng> tháng <so với> thời gian được vay kể từ khi thoát nghèo 36 tháng" và "Quyết định 28/2015/QĐ-TTg"

      Dữ liệu:
        | ngày quyết định | ngày xét   | số tháng | kết quả            | so với         |
        | 20/12/2022      | 20/12/2022 | 0        | Đủ điều kiện       | thấp hơn       |
        | 20/12/2022      | 19/12/2025 | 35       | Đủ điều kiện       | thấp hơn       |
        | 20/12/2022      | 20/12/2025 | 36       | Không đủ điều kiện | không thấp hơn |
        | 31/01/2023      | 30/01/2026 | 35       | Đủ điều kiện       | thấp hơn       |
        | 31/01/2023      | 31/01/2026 | 36       | Không đủ điều kiện | không thấp hơn |
        | 20/12/2021      | 14/12/2025 | 47       | Không đủ điều kiện | không thấp hơn |

    @rule:program.newly_escaped_households.eligible
    Kịch bản: Quá 36 tháng thì bị từ chối, không còn số tiền được vay
      Cho hộ được UBND xã công nhận là hộ mới thoát cận nghèo ngày 20/12/2022
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày 20/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Hộ mới thoát nghèo/thoát cận nghèo trong 36 tháng kể từ quyết định của UBND xã, dư nợ chưa đạt mức tối đa" và "thời gian 36 tháng" và "Quyết định 28/2015/QĐ-TTg"

  Quy tắc: Mức cho vay tối đa bằng mức cho vay hộ nghèo, đổi từ 01/03/2019

    @rule:program.newly_escaped_households.eligible
    Khung kịch bản: Mức cho vay tối đa ngày <ngày xét>: <mức tối đa> đồng
      Cho hộ được UBND xã công nhận là hộ mới thoát nghèo ngày 20/12/2018
      Và hộ đang còn dư nợ chương trình hộ mới thoát nghèo 10.000.000 đồng
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày <ngày xét>
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là <mức tối đa> đồng
      Và số tiền còn có thể vay là <còn được vay> đồng
      Và thời hạn tối đa là 60 tháng
      Và lý do có câu "Dư nợ hiện tại trong chương trình 10.000.000 đồng thấp hơn mức cho vay tối đa hộ mới thoát nghèo <mức tối đa> đồng" và "<căn cứ>"
      Và kết quả không dựa trên căn cứ chưa xác minh

      Dữ liệu:
        | ngày xét   | mức tối đa  | còn được vay | căn cứ                                                   |
        | 28/02/2019 | 50.000.000  | 40.000.000   | mức cho vay tối đa bằng mức cho vay hộ nghèo (2015)      |
        | 01/03/2019 | 100.000.000 | 90.000.000   | mức cho vay tối đa bằng mức cho vay hộ nghèo từ 01/03/2019 |

    @rule:program.newly_escaped_households.eligible
    Khung kịch bản: Dư nợ <dư nợ> đồng so với mức tối đa <mức tối đa> đồng ngày <ngày xét>: <kết quả>
      Cho hộ được UBND xã công nhận là hộ mới thoát nghèo ngày 20/12/2018
      Và hộ đang còn dư nợ chương trình hộ mới thoát nghèo <dư nợ> đồng
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày <ngày xét>
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng <so với> mức cho vay tối đa hộ mới thoát nghèo <mức tối đa> đồng"

      Dữ liệu:
        | ngày xét   | dư nợ       | mức tối đa  | kết quả            | so với         |
        | 28/02/2019 | 49.999.999  | 50.000.000  | Đủ điều kiện       | thấp hơn       |
        | 28/02/2019 | 50.000.000  | 50.000.000  | Không đủ điều kiện | không thấp hơn |
        | 01/03/2019 | 50.000.000  | 100.000.000 | Đủ điều kiện       | thấp hơn       |
        | 14/12/2020 | 100.000.000 | 100.000.000 | Không đủ điều kiện | không thấp hơn |

  Quy tắc: Chỉ hộ đang được công nhận là hộ mới thoát nghèo, mới thoát cận nghèo

    @rule:program.newly_escaped_households.eligible
    Khung kịch bản: Hộ được công nhận là <tình trạng> thì không vay chương trình hộ mới thoát nghèo
      Cho hộ được UBND xã công nhận là <tình trạng> ngày 20/12/2024
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: <tình trạng trong lý do> — không thuộc nhóm hộ mới thoát nghèo, hộ mới thoát cận nghèo"

      Dữ liệu:
        | tình trạng                                   | tình trạng trong lý do |
        | hộ nghèo                                     | hộ nghèo               |
        | hộ cận nghèo                                 | hộ cận nghèo           |
        | không thuộc danh sách hộ nghèo, hộ cận nghèo | không thuộc danh sách  |

    @rule:program.newly_escaped_households.eligible
    Kịch bản: Hộ đã thoát nghèo rồi lại được công nhận là hộ nghèo — không còn vay chương trình hộ mới thoát nghèo
      Cho hộ được UBND xã công nhận là hộ mới thoát nghèo ngày 20/12/2023
      Và hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ nghèo — không thuộc nhóm hộ mới thoát nghèo, hộ mới thoát cận nghèo"

    @rule:program.newly_escaped_households.eligible
    Kịch bản: Hai quyết định khác nhau cùng một ngày — cần rà soát
      Cho hộ được UBND xã công nhận là hộ mới thoát nghèo ngày 20/12/2024
      Và hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2024
      Khi xét chương trình "Cho vay hộ mới thoát nghèo" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Tình trạng được công nhận theo quyết định của UBND cấp xã"
