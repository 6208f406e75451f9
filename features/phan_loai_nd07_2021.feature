# language: vi
Tính năng: Phân loại hộ theo chuẩn nghèo đa chiều giai đoạn 2022–2026 (Nghị định 07/2021/NĐ-CP)
  Áp dụng cho ngày tham chiếu từ 01/01/2022 đến 31/12/2026. Năm 2026 vẫn giữ chuẩn này
  (Nghị định 351/2025/NĐ-CP — quyết định D2).

  Chuẩn nghèo về thu nhập (khoản 2 Điều 3): nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng
  mỗi người mỗi tháng. Ngưỡng thiếu hụt: từ 3 chỉ số dịch vụ xã hội cơ bản.

  Quy tắc "VÀ" (quyết định D1):
  - hộ nghèo: thu nhập không vượt chuẩn nghèo VÀ thiếu hụt từ 3 chỉ số trở lên;
  - hộ cận nghèo: thu nhập không vượt chuẩn nghèo VÀ thiếu hụt dưới 3 chỉ số;
  - thu nhập cao hơn chuẩn nghèo thì không bao giờ là hộ nghèo hay hộ cận nghèo,
    dù thiếu hụt bao nhiêu chỉ số.
  Hộ có mức sống trung bình: thu nhập cao hơn chuẩn nghèo và không vượt quá 2.250.000 đồng
  (nông thôn) hoặc 3.000.000 đồng (thành thị).

  Trong các kịch bản dưới đây, "hộ khai báo thiếu hụt N chỉ số" nghĩa là hộ khai báo N chỉ số
  (nước sinh hoạt, nhà tiêu, chất lượng nhà ở, diện tích nhà ở, việc làm — theo thứ tự đó) là
  thiếu hụt và mọi chỉ số còn lại là không thiếu hụt.

  @rule:poverty.nd07.poor @rule:poverty.nd07.near_poor @rule:poverty.nd07.average
  Khung kịch bản: Thu nhập quanh chuẩn nghèo <khu vực>: <thu nhập> đồng, thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2024
    Thì kết quả là "<kết quả>"
    Và chuẩn áp dụng là "Nghị định 07/2021/NĐ-CP"
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng <so với chuẩn> chuẩn nghèo <khu vực> <chuẩn nghèo> đồng" và "khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả                   | so với chuẩn   | chuẩn nghèo |
      | nông thôn | 1.499.999 | 3         | hộ nghèo                  | không vượt quá | 1.500.000   |
      | nông thôn | 1.500.000 | 3         | hộ nghèo                  | không vượt quá | 1.500.000   |
      | nông thôn | 1.500.001 | 3         | hộ có mức sống trung bình | cao hơn        | 1.500.000   |
      | nông thôn | 1.499.999 | 2         | hộ cận nghèo              | không vượt quá | 1.500.000   |
      | nông thôn | 1.500.000 | 2         | hộ cận nghèo              | không vượt quá | 1.500.000   |
      | nông thôn | 1.500.001 | 2         | hộ có mức sống trung bình | cao hơn        | 1.500.000   |
      | thành thị | 1.999.999 | 3         | hộ nghèo                  | không vượt quá | 2.000.000   |
      | thành thị | 2.000.000 | 3         | hộ nghèo                  | không vượt quá | 2.000.000   |
      | thành thị | 2.000.001 | 3         | hộ có mức sống trung bình | cao hơn        | 2.000.000   |
      | thành thị | 1.999.999 | 2         | hộ cận nghèo              | không vượt quá | 2.000.000   |
      | thành thị | 2.000.000 | 2         | hộ cận nghèo              | không vượt quá | 2.000.000   |
      | thành thị | 2.000.001 | 2         | hộ có mức sống trung bình | cao hơn        | 2.000.000   |

  @rule:poverty.nd07.poor @rule:poverty.nd07.near_poor
  Khung kịch bản: Ngưỡng 3 chỉ số thiếu hụt khi thu nhập bằng chuẩn nghèo <khu vực>: thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2024
    Thì kết quả là "<kết quả>"
    Và lý do nêu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản <số chỉ số> chỉ số <so với ngưỡng> ngưỡng số chỉ số thiếu hụt 3" và "khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP"

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả      | so với ngưỡng |
      | nông thôn | 1.500.000 | 2         | hộ cận nghèo | thấp hơn      |
      | nông thôn | 1.500.000 | 3         | hộ nghèo     | đạt           |
      | nông thôn | 1.500.000 | 4         | hộ nghèo     | đạt           |
      | nông thôn | 1.500.000 | 0         | hộ cận nghèo | thấp hơn      |
      | thành thị | 2.000.000 | 2         | hộ cận nghèo | thấp hơn      |
      | thành thị | 2.000.000 | 3         | hộ nghèo     | đạt           |
      | thành thị | 2.000.000 | 4         | hộ nghèo     | đạt           |
      | thành thị | 2.000.000 | 0         | hộ cận nghèo | thấp hơn      |

  @rule:poverty.nd07.average @rule:poverty.nd07.none
  Khung kịch bản: Mức trên của hộ có mức sống trung bình <khu vực>: <thu nhập> đồng
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2024
    Thì kết quả là "<kết quả>"
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng <so với mức trên> mức trên của hộ mức sống trung bình <khu vực> <mức trên> đồng" và "khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | khu vực   | thu nhập  | kết quả                   | so với mức trên | mức trên  |
      | nông thôn | 2.249.999 | hộ có mức sống trung bình | không vượt quá  | 2.250.000 |
      | nông thôn | 2.250.000 | hộ có mức sống trung bình | không vượt quá  | 2.250.000 |
      | nông thôn | 2.250.001 | không thuộc diện          | cao hơn         | 2.250.000 |
      | thành thị | 2.999.999 | hộ có mức sống trung bình | không vượt quá  | 3.000.000 |
      | thành thị | 3.000.000 | hộ có mức sống trung bình | không vượt quá  | 3.000.000 |
      | thành thị | 3.000.001 | không thuộc diện          | cao hơn         | 3.000.000 |

  @rule:poverty.nd07.poor @rule:poverty.nd07.average @rule:poverty.nd07.none
  Khung kịch bản: Quy tắc "VÀ" (D1) — thu nhập trên chuẩn nghèo <khu vực>, thiếu hụt 5 chỉ số, vẫn không là hộ nghèo
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt 5 chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2024
    Thì kết quả là "<kết quả>"
    Và số chỉ số thiếu hụt được tính là 5
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng cao hơn chuẩn nghèo <khu vực> <chuẩn nghèo> đồng"
    Và quy tắc "hộ nghèo" không áp dụng vì "Thu nhập bình quân <thu nhập> đồng/người/tháng cao hơn chuẩn nghèo <khu vực> <chuẩn nghèo> đồng"
    Và quy tắc "hộ cận nghèo" không áp dụng vì "Thu nhập bình quân <thu nhập> đồng/người/tháng cao hơn chuẩn nghèo <khu vực> <chuẩn nghèo> đồng"

    Dữ liệu:
      | khu vực   | thu nhập   | chuẩn nghèo | kết quả                   |
      | nông thôn | 1.500.001  | 1.500.000   | hộ có mức sống trung bình |
      | nông thôn | 2.250.001  | 1.500.000   | không thuộc diện          |
      | thành thị | 2.000.001  | 2.000.000   | hộ có mức sống trung bình |
      | thành thị | 25.000.000 | 2.000.000   | không thuộc diện          |

  @rule:poverty.nd07.poor
  Kịch bản: Năm 2026 vẫn áp dụng chuẩn nghèo 2022–2025 (D2)
    Cho hộ gia đình ở khu vực nông thôn có 5 thành viên
    Và thu nhập bình quân 1.500.000 đồng/người/tháng
    Và hộ khai báo thiếu hụt 3 chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2026
    Thì kết quả là "hộ nghèo"
    Và chuẩn áp dụng là "Nghị định 07/2021/NĐ-CP"
    Và lý do nêu "chuẩn nghèo nông thôn 1.500.000 đồng" và "khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP"
