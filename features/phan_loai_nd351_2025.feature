# language: vi
Tính năng: Phân loại hộ theo chuẩn nghèo đa chiều giai đoạn 2027–2030 (Nghị định 351/2025/NĐ-CP)
  Áp dụng cho ngày tham chiếu từ 01/01/2027 đến 31/12/2030 (năm 2026 vẫn dùng chuẩn của
  Nghị định 07/2021/NĐ-CP — quyết định D2).

  Chuẩn nghèo về thu nhập: nông thôn 2.200.000 đồng, đô thị (thành thị) 2.800.000 đồng mỗi người
  mỗi tháng; cùng quy tắc "VÀ" với ngưỡng 3 chỉ số thiếu hụt:
  - hộ nghèo: thu nhập không vượt chuẩn nghèo VÀ thiếu hụt từ 3 chỉ số trở lên;
  - hộ cận nghèo: thu nhập không vượt chuẩn nghèo VÀ thiếu hụt dưới 3 chỉ số.
  Văn bản chưa cho biết mức thu nhập của hộ có mức sống trung bình giai đoạn này: hộ có thu nhập
  cao hơn chuẩn nghèo được trả về "cần rà soát" kèm lý do và ghi "căn cứ chưa xác minh" (D2, D9),
  không bao giờ đoán một dải thu nhập.
  Từ 2027, chỉ số "Phương tiện phục vụ tiếp cận thông tin" không còn được tính; chỉ số
  "Thu gom, xử lý rác thải sinh hoạt" được thêm (chỉ theo khai báo, căn cứ chưa xác minh).

  @rule:poverty.nd351.poor @rule:poverty.nd351.near_poor
  Khung kịch bản: Thu nhập không vượt chuẩn nghèo <khu vực>: <thu nhập> đồng, thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2028
    Thì kết quả là "<kết quả>"
    Và chuẩn áp dụng là "Nghị định 351/2025/NĐ-CP"
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng không vượt quá chuẩn nghèo <khu vực> <chuẩn nghèo> đồng" và "Nghị định 351/2025/NĐ-CP"
    Và lý do nêu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản <số chỉ số> chỉ số <so với ngưỡng> ngưỡng số chỉ số thiếu hụt 3" và "Nghị định 351/2025/NĐ-CP"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả      | so với ngưỡng | chuẩn nghèo |
      | nông thôn | 2.199.999 | 3         | hộ nghèo     | đạt           | 2.200.000   |
      | nông thôn | 2.200.000 | 3         | hộ nghèo     | đạt           | 2.200.000   |
      | nông thôn | 2.200.000 | 4         | hộ nghèo     | đạt           | 2.200.000   |
      | nông thôn | 2.199.999 | 2         | hộ cận nghèo | thấp hơn      | 2.200.000   |
      | nông thôn | 2.200.000 | 2         | hộ cận nghèo | thấp hơn      | 2.200.000   |
      | thành thị | 2.799.999 | 3         | hộ nghèo     | đạt           | 2.800.000   |
      | thành thị | 2.800.000 | 3         | hộ nghèo     | đạt           | 2.800.000   |
      | thành thị | 2.800.000 | 4         | hộ nghèo     | đạt           | 2.800.000   |
      | thành thị | 2.799.999 | 2         | hộ cận nghèo | thấp hơn      | 2.800.000   |
      | thành thị | 2.800.000 | 2         | hộ cận nghèo | thấp hơn      | 2.800.000   |

  @rule:poverty.nd351.average @rule:poverty.nd351.none
  Khung kịch bản: Thu nhập cao hơn chuẩn nghèo <khu vực>: <thu nhập> đồng — cần rà soát vì chưa rõ dải mức sống trung bình (D2)
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2028
    Thì kết quả là "cần rà soát"
    Và quy tắc "hộ nghèo" không áp dụng vì "Thu nhập bình quân <thu nhập> đồng/người/tháng cao hơn chuẩn nghèo <khu vực> <chuẩn nghèo> đồng"
    Và quy tắc "hộ cận nghèo" không áp dụng vì "Thu nhập bình quân <thu nhập> đồng/người/tháng cao hơn chuẩn nghèo <khu vực> <chuẩn nghèo> đồng"
    Và lý do cần rà soát nêu "Hộ có mức sống trung bình (2027–2030) — dải thu nhập chưa rõ" và "Mức trên của hộ mức sống trung bình <khu vực> chưa có giá trị trong văn bản tại ngày tham chiếu" và "căn cứ chưa xác minh"
    Và có cảnh báo "Cần rà soát: văn bản chưa cho biết giá trị 'mức trên của hộ mức sống trung bình <khu vực>' tại ngày tham chiếu (căn cứ chưa xác minh)"
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm giá trị "mức trên của hộ mức sống trung bình <khu vực>"

    Dữ liệu:
      | khu vực   | thu nhập   | số chỉ số | chuẩn nghèo |
      | nông thôn | 2.200.001  | 0         | 2.200.000   |
      | nông thôn | 2.200.001  | 3         | 2.200.000   |
      | nông thôn | 2.250.001  | 0         | 2.200.000   |
      | nông thôn | 50.000.000 | 0         | 2.200.000   |
      | thành thị | 2.800.001  | 0         | 2.800.000   |
      | thành thị | 2.800.001  | 3         | 2.800.000   |
      | thành thị | 3.000.001  | 0         | 2.800.000   |
      | thành thị | 50.000.000 | 0         | 2.800.000   |

  @rule:poverty.nd351.poor
  Kịch bản: Chỉ số rác thải sinh hoạt (chỉ theo khai báo) làm hộ đủ 3 chỉ số thiếu hụt — căn cứ chưa xác minh
    Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
    Và thu nhập bình quân 2.000.000 đồng/người/tháng
    Và hộ khai báo thiếu hụt 2 chỉ số dịch vụ xã hội cơ bản
    Và hộ khai báo chỉ số "Thu gom, xử lý rác thải sinh hoạt" là "thiếu hụt"
    Khi xét phân loại hộ tại ngày 15/06/2028
    Thì kết quả là "hộ nghèo"
    Và số chỉ số thiếu hụt được tính là 3
    Và chỉ số "Thu gom, xử lý rác thải sinh hoạt" được lấy theo khai báo
    Và kết quả được đánh dấu "căn cứ chưa xác minh"
    Và căn cứ chưa xác minh gồm chỉ số "Thu gom, xử lý rác thải sinh hoạt"

  @rule:poverty.nd07.near_poor @rule:poverty.nd351.poor
  Kịch bản: Trước 2027 chỉ số rác thải sinh hoạt chưa được tính
    Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
    Và thu nhập bình quân 1.500.000 đồng/người/tháng
    Và hộ khai báo thiếu hụt 2 chỉ số dịch vụ xã hội cơ bản
    Và hộ khai báo chỉ số "Thu gom, xử lý rác thải sinh hoạt" là "thiếu hụt"
    Khi xét phân loại hộ tại ngày 15/06/2026
    Thì kết quả là "hộ cận nghèo"
    Và chỉ số "Thu gom, xử lý rác thải sinh hoạt" không được tính vào số chỉ số thiếu hụt
    Khi xét phân loại hộ tại ngày 15/06/2027
    Thì kết quả là "hộ nghèo"
    Và chỉ số "Thu gom, xử lý rác thải sinh hoạt" được tính vào số chỉ số thiếu hụt
