# language: vi
Tính năng: Phân loại hộ theo chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2021 (Quyết định 59/2015/QĐ-TTg)
  Áp dụng cho ngày tham chiếu từ 01/01/2016 đến 31/12/2021 (áp dụng 2016–2020, Điều 2 Nghị định
  07/2021/NĐ-CP giữ nguyên cho năm 2021).

  Quy tắc hai nhánh (quyết định D3):
  - hộ nghèo theo thu nhập: thu nhập không vượt quá chuẩn nghèo (nông thôn 700.000 đồng, thành thị
    900.000 đồng mỗi người mỗi tháng), dù thiếu hụt bao nhiêu chỉ số;
  - hộ nghèo theo thiếu hụt: thu nhập cao hơn chuẩn nghèo, không vượt quá chuẩn cận nghèo
    (nông thôn 1.000.000 đồng, thành thị 1.300.000 đồng) VÀ thiếu hụt từ 3 chỉ số trở lên;
  - hộ cận nghèo: cùng dải thu nhập đó VÀ thiếu hụt dưới 3 chỉ số;
  - hộ có mức sống trung bình: thu nhập cao hơn chuẩn cận nghèo, không vượt quá 1.500.000 đồng
    (nông thôn) hoặc 1.950.000 đồng (thành thị).
  Ngưỡng từng chỉ số của giai đoạn này chưa rõ, nên số chỉ số thiếu hụt lấy theo khai báo của hộ
  (D3), không tính từ dữ liệu thành viên.

  @rule:poverty.qd59.poor_by_income @rule:poverty.qd59.near_poor @rule:poverty.qd59.poor_by_deprivation
  Khung kịch bản: Chuẩn nghèo về thu nhập <khu vực>: <thu nhập> đồng, thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 3 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2018
    Thì kết quả là "<kết quả>"
    Và chuẩn áp dụng là "Quyết định 59/2015/QĐ-TTg"
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng <so với chuẩn> chuẩn nghèo <khu vực> <chuẩn nghèo> đồng" và "Quyết định 59/2015/QĐ-TTg"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | khu vực   | thu nhập | số chỉ số | kết quả      | so với chuẩn   | chuẩn nghèo |
      | nông thôn | 699.999  | 0         | hộ nghèo     | không vượt quá | 700.000     |
      | nông thôn | 700.000  | 0         | hộ nghèo     | không vượt quá | 700.000     |
      | nông thôn | 700.000  | 5         | hộ nghèo     | không vượt quá | 700.000     |
      | nông thôn | 700.001  | 0         | hộ cận nghèo | cao hơn        | 700.000     |
      | nông thôn | 700.001  | 3         | hộ nghèo     | cao hơn        | 700.000     |
      | thành thị | 899.999  | 0         | hộ nghèo     | không vượt quá | 900.000     |
      | thành thị | 900.000  | 0         | hộ nghèo     | không vượt quá | 900.000     |
      | thành thị | 900.000  | 5         | hộ nghèo     | không vượt quá | 900.000     |
      | thành thị | 900.001  | 0         | hộ cận nghèo | cao hơn        | 900.000     |
      | thành thị | 900.001  | 3         | hộ nghèo     | cao hơn        | 900.000     |

  @rule:poverty.qd59.poor_by_deprivation @rule:poverty.qd59.near_poor @rule:poverty.qd59.average
  Khung kịch bản: Chuẩn cận nghèo <khu vực>: <thu nhập> đồng, thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 3 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2018
    Thì kết quả là "<kết quả>"
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng <so với chuẩn> chuẩn cận nghèo <khu vực> <chuẩn cận nghèo> đồng" và "Quyết định 59/2015/QĐ-TTg"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả                   | so với chuẩn   | chuẩn cận nghèo |
      | nông thôn | 999.999   | 2         | hộ cận nghèo              | không vượt quá | 1.000.000       |
      | nông thôn | 1.000.000 | 2         | hộ cận nghèo              | không vượt quá | 1.000.000       |
      | nông thôn | 1.000.001 | 2         | hộ có mức sống trung bình | cao hơn        | 1.000.000       |
      | nông thôn | 999.999   | 3         | hộ nghèo                  | không vượt quá | 1.000.000       |
      | nông thôn | 1.000.000 | 3         | hộ nghèo                  | không vượt quá | 1.000.000       |
      | nông thôn | 1.000.001 | 3         | hộ có mức sống trung bình | cao hơn        | 1.000.000       |
      | thành thị | 1.299.999 | 2         | hộ cận nghèo              | không vượt quá | 1.300.000       |
      | thành thị | 1.300.000 | 2         | hộ cận nghèo              | không vượt quá | 1.300.000       |
      | thành thị | 1.300.001 | 2         | hộ có mức sống trung bình | cao hơn        | 1.300.000       |
      | thành thị | 1.299.999 | 3         | hộ nghèo                  | không vượt quá | 1.300.000       |
      | thành thị | 1.300.000 | 3         | hộ nghèo                  | không vượt quá | 1.300.000       |
      | thành thị | 1.300.001 | 3         | hộ có mức sống trung bình | cao hơn        | 1.300.000       |

  @rule:poverty.qd59.poor_by_deprivation @rule:poverty.qd59.near_poor
  Khung kịch bản: Ngưỡng 3 chỉ số trong dải cận nghèo <khu vực>: thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 3 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2018
    Thì kết quả là "<kết quả>"
    Và lý do nêu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản <số chỉ số> chỉ số <so với ngưỡng> ngưỡng số chỉ số thiếu hụt 3" và "Quyết định 59/2015/QĐ-TTg"

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả      | so với ngưỡng |
      | nông thôn | 850.000   | 2         | hộ cận nghèo | thấp hơn      |
      | nông thôn | 850.000   | 3         | hộ nghèo     | đạt           |
      | nông thôn | 850.000   | 4         | hộ nghèo     | đạt           |
      | thành thị | 1.100.000 | 2         | hộ cận nghèo | thấp hơn      |
      | thành thị | 1.100.000 | 3         | hộ nghèo     | đạt           |
      | thành thị | 1.100.000 | 4         | hộ nghèo     | đạt           |

  @rule:poverty.qd59.average @rule:poverty.qd59.none
  Khung kịch bản: Mức trên của hộ có mức sống trung bình <khu vực>: <thu nhập> đồng
    Cho hộ gia đình ở khu vực <khu vực> có 3 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/06/2018
    Thì kết quả là "<kết quả>"
    Và lý do nêu "Thu nhập bình quân <thu nhập> đồng/người/tháng <so với mức trên> mức trên của hộ mức sống trung bình <khu vực> <mức trên> đồng" và "Quyết định 59/2015/QĐ-TTg"
    Và kết quả không dựa trên căn cứ chưa xác minh

    Dữ liệu:
      | khu vực   | thu nhập  | kết quả                   | so với mức trên | mức trên  |
      | nông thôn | 1.499.999 | hộ có mức sống trung bình | không vượt quá  | 1.500.000 |
      | nông thôn | 1.500.000 | hộ có mức sống trung bình | không vượt quá  | 1.500.000 |
      | nông thôn | 1.500.001 | không thuộc diện          | cao hơn         | 1.500.000 |
      | thành thị | 1.949.999 | hộ có mức sống trung bình | không vượt quá  | 1.950.000 |
      | thành thị | 1.950.000 | hộ có mức sống trung bình | không vượt quá  | 1.950.000 |
      | thành thị | 1.950.001 | không thuộc diện          | cao hơn         | 1.950.000 |

  @rule:poverty.qd59.poor_by_income
  Kịch bản: Hộ nghèo theo thu nhập không cần số chỉ số thiếu hụt
    Cho hộ gia đình ở khu vực nông thôn có 3 thành viên
    Và thu nhập bình quân 650.000 đồng/người/tháng
    Và hộ không khai báo chỉ số thiếu hụt nào
    Khi xét phân loại hộ tại ngày 15/06/2018
    Thì kết quả là "hộ nghèo"
    Và lý do nêu "Hộ nghèo do thu nhập không vượt chuẩn nghèo (2016–2021)"

  @rule:poverty.qd59.poor_by_deprivation @rule:poverty.qd59.near_poor
  Kịch bản: Trong dải cận nghèo mà hộ không khai báo số chỉ số thiếu hụt thì cần rà soát (D3)
    Dữ liệu thành viên và nhà ở không được dùng để tính chỉ số trong giai đoạn này: chỉ số
    khai báo mới được tính.
    Cho hộ gia đình ở khu vực nông thôn có các thành viên:
      | quan hệ  | ngày sinh  | việc làm    | bảo hiểm y tế |
      | chủ hộ   | 10/05/1975 | thất nghiệp | không         |
      | vợ/chồng | 20/08/1978 | thất nghiệp | không         |
    Và nguồn nước sinh hoạt là "nước sông, suối, ao, hồ"
    Và nhà tiêu là "không có nhà tiêu"
    Và thu nhập bình quân 850.000 đồng/người/tháng
    Và hộ không khai báo chỉ số thiếu hụt nào
    Khi xét phân loại hộ tại ngày 15/06/2018
    Thì kết quả là "cần rà soát"
    Và cần bổ sung dữ liệu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản"
    Và lý do cần rà soát nêu "Hộ cận nghèo (2016–2021)" và "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản: chưa có dữ liệu"
